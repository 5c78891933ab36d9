import { findPracticeLog, voidPracticeLog } from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import type { UndoPracticeInput } from "./practice.contracts";
import { auditChildRecord } from "./record-change";

/**
 * A family undoes one of its own logs (a practice or a "Done") on the day it was logged, in the
 * clinic's time zone; the log stays for the audit and counts nowhere. A log of another family, or
 * one the therapist logged in a session, is not theirs to undo.
 */
export async function undoPractice(ctx: ActorContext, input: UndoPracticeInput) {
  return ctx.db.transaction(async (tx) => {
    const log = await findPracticeLog(tx, input.logId);
    if (!log) throw notFound("practice log");
    const { facts } = await requireProgramAccess(tx, ctx.actor, log.childId, "view");
    if (ctx.actor.role !== "guardian" || log.inSession)
      throw new AppError(
        "FORBIDDEN",
        "NOT_THE_FAMILYS_LOG",
        "Only the family undoes its own practice at home.",
      );
    if (log.practisedOn !== localDateOf(ctx.now(), facts.clinicTimeZone))
      throw new AppError(
        "PRECONDITION_FAILED",
        "UNDO_DAY_OVER",
        "A practice can be undone only on the day it was logged. Tell your therapist in a note instead.",
      );
    if (!log.voidedAt) {
      await voidPracticeLog(tx, log.id, { userId: ctx.actor.userId, at: ctx.now() });
      await auditChildRecord(tx, ctx, log.childId, "practice.undo");
    }
    return { undone: true as const };
  });
}
