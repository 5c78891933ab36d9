import { findProgramByChild } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { requireProgramAccess } from "../policy/program-access";
import { closeEndedPractices } from "./close-practices";
import { measureProgress } from "./measure-progress";
import type { ChildId } from "./program.contracts";
import { auditChildRecord } from "./record-change";

/** How a child's program is going (see measureProgress), for anyone who may see the child. */
export async function getProgress(ctx: ActorContext, input: ChildId) {
  return ctx.db.transaction(async (tx) => {
    const { facts } = await requireProgramAccess(tx, ctx.actor, input.childId, "view");
    await auditChildRecord(tx, ctx, input.childId, "progress.read");
    const program = await findProgramByChild(tx, input.childId);
    if (!program) return null;
    await closeEndedPractices(tx, ctx, { childId: input.childId, clinicId: facts.clinicId });
    return measureProgress(tx, program, {
      childId: input.childId,
      timeZone: facts.clinicTimeZone,
      now: ctx.now(),
    });
  });
}
