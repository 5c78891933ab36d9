import { closeAppointment } from "@carryover/db/queries";
import { isLateCancellationBy, reachOf } from "@carryover/domain/access";

import { chargeMissedSessionFee } from "../billing/charge-missed-session-fee";
import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { recordFamilyChange } from "../notices/family-change";
import { noticeJob } from "../notices/notice-jobs";
import { refuseFamilyChangingGroup, requireAppointment } from "../policy/appointment-access";
import { audit } from "../policy/audit";
import type { CancelBookingInput } from "./booking.contracts";

/**
 * Cancels a session that has not started. A family cancelling inside the session type's notice
 * window (or staff recording it for them) is recorded as a late cancellation, and the clinic's
 * late-cancellation fee goes on the family's balance with it; the clinic cancelling never is late.
 */
export async function cancelBooking(ctx: ActorContext, input: CancelBookingInput) {
  const now = ctx.now();
  const byFamily = reachOf(ctx.actor.role) === "family" || input.forFamily === true;
  return ctx.db.transaction(async (tx) => {
    const facts = await requireAppointment(tx, ctx.actor, input.appointmentId);
    const { appointment } = facts;
    refuseFamilyChangingGroup(ctx.actor, appointment);
    if (input.forFamily && appointment.capacity > 1) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "GROUP_SESSION",
        "A group session is cancelled for every family in it. To take one child out, remove them from the group instead.",
        { field: "forFamily" },
      );
    }
    if (appointment.status !== "scheduled") {
      throw new AppError(
        "PRECONDITION_FAILED",
        "NOT_SCHEDULED",
        "This session is no longer scheduled, so there is nothing to cancel.",
      );
    }
    if (+appointment.startsAt <= +now) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "ALREADY_STARTED",
        "This session has already started. Please contact the clinic.",
      );
    }
    const late = isLateCancellationBy(
      ctx.actor,
      { start: appointment.startsAt, cancellationWindowHours: facts.cancellationWindowHours },
      now,
      input.forFamily === true,
    );
    await closeAppointment(tx, appointment.id, {
      status: "cancelled",
      cancelledAt: now,
      cancelReason: input.reason,
      cancelledBy: byFamily ? "family" : "clinic",
      lateCancellation: late,
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "booking.cancel",
      entityType: "appointment",
      entityId: appointment.id,
    });
    await recordFamilyChange(tx, ctx, {
      kind: "cancelled",
      appointmentId: appointment.id,
      therapistId: appointment.therapistId,
      start: appointment.startsAt,
    });
    await ctx.jobs.enqueue(
      [
        noticeJob({
          kind: "cancellation",
          appointmentId: appointment.id,
          start: appointment.startsAt,
        }),
      ],
      tx,
    );
    const feeCents = late
      ? await chargeMissedSessionFee(tx, ctx, {
          appointmentId: appointment.id,
          kind: "late_cancel",
        })
      : null;
    return { late, feeCents };
  });
}
