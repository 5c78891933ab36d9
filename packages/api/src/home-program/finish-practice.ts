import type { ActorContext } from "../context";
import { requireProgramAccess } from "../policy/program-access";
import { closeEndedPractices } from "./close-practices";
import type { FinishPracticeInput } from "./practice.contracts";

/** Ends a practice in progress now, before the rule would, with the parent's note and mood. */
export async function finishPractice(ctx: ActorContext, input: FinishPracticeInput) {
  return ctx.db.transaction(async (tx) => {
    const { facts } = await requireProgramAccess(tx, ctx.actor, input.childId, "view");
    const closed = await closeEndedPractices(tx, ctx, {
      childId: input.childId,
      clinicId: facts.clinicId,
      finish: { activityId: input.activityId, note: input.note, mood: input.mood },
    });
    return { logId: closed.find((c) => c.activityId === input.activityId)?.logId ?? null };
  });
}
