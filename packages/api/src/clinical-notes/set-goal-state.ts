import { setClinicalGoalState } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireWritableGoal } from "./goal-links";
import type { SetGoalStateInput } from "./goal.contracts";

/** Marks a goal active again, met or discontinued. */
export async function changeGoalState(ctx: ActorContext, input: SetGoalStateInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const goal = await requireWritableGoal(tx, actor, input.goalId);
    const saved = await setClinicalGoalState(tx, goal.id, input.state);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "clinical_goal.set_state",
      entityType: "child",
      entityId: goal.childId,
    });
    return { version: saved?.version ?? goal.version };
  });
}
