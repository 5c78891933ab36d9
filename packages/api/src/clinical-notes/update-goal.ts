import { findClinicalGoal, updateClinicalGoal as saveGoal } from "@carryover/db/queries";
import { goalSentence } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireGoalLinks, requireWritableGoal } from "./goal-links";
import type { UpdateGoalInput } from "./goal.contracts";
import { statementOf } from "./list-goals";

/** Changes a goal at the version the editor saw; a stale version is a CONFLICT carrying the goal now. */
export async function updateGoal(ctx: ActorContext, input: UpdateGoalInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const goal = await requireWritableGoal(tx, actor, input.goalId);
    await requireGoalLinks(tx, goal.childId, input);
    const saved = await saveGoal(tx, goal.id, input.version, {
      ...input.statement,
      familyWording: input.familyWording,
      programGoalId: input.programGoalId,
      activityIds: input.activityIds ? [...new Set(input.activityIds)] : undefined,
    });
    if (!saved) {
      const current = await findClinicalGoal(tx, goal.id);
      throw new AppError(
        "CONFLICT",
        "GOAL_CHANGED",
        "Someone else changed this goal while you were editing. Here is their version: keep theirs or apply yours again.",
        {
          current: current && {
            id: current.id,
            version: current.version,
            state: current.state,
            statement: statementOf(current),
            sentence: goalSentence(statementOf(current)),
            familyWording: current.familyWording,
            programGoalId: current.programGoalId,
            activityIds: current.activityIds,
          },
        },
      );
    }
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "clinical_goal.update",
      entityType: "child",
      entityId: goal.childId,
    });
    return { version: saved.version };
  });
}
