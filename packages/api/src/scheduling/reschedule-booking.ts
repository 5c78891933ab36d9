import { isExclusionViolation } from "@carryover/db";
import { findClinicTherapist, findSessionType, moveAppointment } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { recordFamilyChange } from "../notices/family-change";
import { noticeJob } from "../notices/notice-jobs";
import {
  refuseFamilyChangingGroup,
  requireAppointment,
  requireMayMove,
} from "../policy/appointment-access";
import { audit } from "../policy/audit";
import type { RescheduleBookingInput } from "./booking.contracts";
import { requireOpenTime, slotTaken } from "./open-slots";

/** Moves a session to another open time of the same therapist; a conflict changes nothing. */
export async function rescheduleBooking(ctx: ActorContext, input: RescheduleBookingInput) {
  const { actor } = ctx;
  const now = ctx.now();
  const facts = await requireAppointment(ctx.db, actor, input.appointmentId);
  const { appointment } = facts;
  refuseFamilyChangingGroup(actor, appointment);
  if (appointment.status !== "scheduled" || +appointment.startsAt <= +now) {
    throw new AppError(
      "PRECONDITION_FAILED",
      "NOT_MOVABLE",
      "Only a scheduled session that hasn't started can be moved.",
    );
  }
  requireMayMove(actor, facts, "this session");
  const sessionType = await findSessionType(ctx.db, actor.clinicId, appointment.sessionTypeId);
  const therapist = await findClinicTherapist(ctx.db, actor.clinicId, appointment.therapistId);
  if (!sessionType || !therapist)
    throw new AppError(
      "PRECONDITION_FAILED",
      "NOT_MOVABLE",
      "This session can no longer be moved. Please contact the clinic.",
    );

  const end = new Date(+input.start + sessionType.durationMinutes * 60_000);
  const wanted = {
    therapist,
    sessionType,
    start: input.start,
    now,
    exceptAppointmentId: appointment.id,
  };
  const TAKEN =
    "That time was just booked. Your session stays where it was; here are the nearest open times.";
  await requireOpenTime(ctx.db, wanted, TAKEN);

  try {
    await ctx.db.transaction(async (tx) => {
      if (!(await moveAppointment(tx, appointment.id, input.start, end))) {
        throw new AppError(
          "PRECONDITION_FAILED",
          "NOT_MOVABLE",
          "Only a scheduled session that hasn't started can be moved.",
        );
      }
      await audit(tx, ctx.meta, {
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: "booking.reschedule",
        entityType: "appointment",
        entityId: appointment.id,
      });
      await recordFamilyChange(tx, ctx, {
        kind: "moved",
        appointmentId: appointment.id,
        therapistId: appointment.therapistId,
        start: input.start,
        from: appointment.startsAt,
      });
      await ctx.jobs.enqueue(
        [
          noticeJob({
            kind: "change",
            appointmentId: appointment.id,
            from: appointment.startsAt,
            start: input.start,
          }),
        ],
        tx,
      );
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw await slotTaken(ctx.db, wanted, TAKEN);
    throw error;
  }
  return { appointmentId: appointment.id, start: input.start, end };
}
