import { listPracticeLogs } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { requireProgramAccess } from "../policy/program-access";
import { closeEndedPractices } from "./close-practices";
import type { PracticeRange } from "./practice.contracts";
import { auditChildRecord } from "./record-change";

/** A child's practice on local dates in [from, to), oldest first, audited as a read of the child's record. */
export async function listPractice(ctx: ActorContext, input: PracticeRange) {
  return ctx.db.transaction(async (tx) => {
    const { facts } = await requireProgramAccess(tx, ctx.actor, input.childId, "view");
    await auditChildRecord(tx, ctx, input.childId, "practice.list");
    await closeEndedPractices(tx, ctx, { childId: input.childId, clinicId: facts.clinicId });
    const logs = await listPracticeLogs(tx, input.childId, { from: input.from, to: input.to });
    return logs.map((l) => ({
      id: l.id,
      activityId: l.activityId,
      practisedOn: l.practisedOn,
      loggedAt: l.loggedAt,
      entry: l.entry,
      minutes: l.minutes,
      note: l.note,
      mood: l.mood,
      inSession: l.inSession,
      mine: l.loggedById === ctx.actor.userId,
    }));
  });
}
