import { closeAppointment } from "@carryover/db/queries";
import { isLateCancellationBy, reachOf } from "@carryover/domain/access";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { recordFamilyChange } from "../notices/family-change";
import { noticeJob } from "../notices/notice-jobs";
import { refuseFamilyChangingGroup, requireAppointment } from "../policy/appointment-access";
import { audit } from "../policy/audit";
import type { CancelBookingInput } from "./booking.contracts";

/**
 * Cancels a session that has not started. A family cancelling inside the session type's notice
 * window is recorded as a late cancellation; the clinic cancelling never is.
 */
export async function cancelBooking(ctx: ActorContext, input: CancelBookingInput) {
  const now = ctx.now();
  const late = await ctx.db.transaction(async (tx) => {
    const facts = await requireAppointment(tx, ctx.actor, input.appointmentId);
    const { appointment } = facts;
    refuseFamilyChangingGroup(ctx.actor, appointment);
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
    );
    await closeAppointment(tx, appointment.id, {
      status: "cancelled",
      cancelledAt: now,
      cancelReason: input.reason,
      cancelledBy: reachOf(ctx.actor.role) === "family" ? "family" : "clinic",
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
    return late;
  });
  return { late };
}
