import { closeAppointment, listSeriesOccurrences } from "@carryover/db/queries";
import { isLateCancellationBy, reachOf } from "@carryover/domain/access";
import { selectSeriesOccurrences } from "@carryover/domain/scheduling";

import { chargeMissedSessionFee } from "../billing/charge-missed-session-fee";
import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { noticeJob } from "../notices/notice-jobs";
import { refuseFamilyChangingGroup, requireAppointment } from "../policy/appointment-access";
import { audit } from "../policy/audit";
import type { CancelSeriesInput, CancelSeriesResult } from "./series.contracts";

export const notInSeries = () =>
  new AppError(
    "PRECONDITION_FAILED",
    "NOT_IN_SERIES",
    "This session isn't part of a repeating series. Change it on its own instead.",
  );

/**
 * Cancels one occurrence of a series, it and the following ones, or all that have not started, in
 * one transaction. Each occurrence follows booking.cancel's rule: a family cancelling inside the
 * session type's notice window is late, and charged the clinic's late-cancellation fee; the clinic
 * cancelling never is.
 */
export async function cancelSeries(
  ctx: ActorContext,
  input: CancelSeriesInput,
): Promise<CancelSeriesResult> {
  const { actor } = ctx;
  const now = ctx.now();
  const result = await ctx.db.transaction(async (tx) => {
    const { appointment } = await requireAppointment(tx, actor, input.appointmentId);
    refuseFamilyChangingGroup(actor, appointment);
    if (!appointment.seriesId) throw notInSeries();
    const chosen = selectSeriesOccurrences(
      await listSeriesOccurrences(tx, appointment.seriesId),
      appointment.id,
      input.scope,
      now,
    );
    if (chosen.length === 0) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "NOTHING_TO_CANCEL",
        "None of these sessions is still scheduled and yet to start, so there is nothing to cancel.",
      );
    }
    const cancelled: CancelSeriesResult["cancelled"] = [];
    for (const occurrence of chosen) {
      const late = isLateCancellationBy(
        actor,
        { start: occurrence.startsAt, cancellationWindowHours: occurrence.cancellationWindowHours },
        now,
      );
      const closed = await closeAppointment(tx, occurrence.id, {
        status: "cancelled",
        cancelledAt: now,
        cancelReason: input.reason,
        cancelledBy: reachOf(ctx.actor.role) === "family" ? "family" : "clinic",
        lateCancellation: late,
      });
      // An occurrence closed meanwhile by someone else is left as it is.
      if (!closed) continue;
      await audit(tx, ctx.meta, {
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: "series.cancel",
        entityType: "appointment",
        entityId: occurrence.id,
      });
      if (late)
        await chargeMissedSessionFee(tx, ctx, {
          appointmentId: occurrence.id,
          kind: "late_cancel",
        });
      cancelled.push({ appointmentId: occurrence.id, start: occurrence.startsAt, late });
    }
    await ctx.jobs.enqueue(
      cancelled.map(({ appointmentId, start }) =>
        noticeJob({ kind: "cancellation", appointmentId, start }),
      ),
      tx,
    );
    return { cancelled };
  });
  return result;
}
