import { isExclusionViolation } from "@carryover/db";
import {
  findClinicTherapist,
  findGuardianLink,
  findSessionType,
  moveAppointment,
} from "@carryover/db/queries";
import { checkBookingWindow } from "@carryover/domain/scheduling";

import type { ActorContext } from "../../context";
import { AppError } from "../../errors";
import { audit } from "../../policy/audit";
import { WINDOW_MESSAGES } from "./create-booking";
import { nearestOpenTimes, openSlots } from "./open-slots";
import { requireAppointment } from "./require-appointment";

/** Moves a session to another open time of the same therapist; a conflict changes nothing. */
export async function rescheduleBooking(
  ctx: ActorContext,
  input: { appointmentId: string; start: Date },
) {
  const { actor } = ctx;
  const now = ctx.now();
  const facts = await requireAppointment(ctx.db, actor, input.appointmentId);
  const { appointment } = facts;
  if (appointment.status !== "scheduled" || +appointment.startsAt <= +now) {
    throw new AppError(
      "PRECONDITION_FAILED",
      "NOT_MOVABLE",
      "Only a scheduled session that hasn't started can be moved.",
    );
  }
  if (actor.role === "guardian") {
    const canBook = await Promise.all(
      facts.childIds.map(async (id) => (await findGuardianLink(ctx.db, id, actor.userId))?.canBook),
    );
    if (facts.kind === "group" || !canBook.some(Boolean)) {
      throw new AppError(
        "FORBIDDEN",
        "CANNOT_RESCHEDULE",
        "Please ask the clinic to move this session.",
      );
    }
  }
  const sessionType = await findSessionType(ctx.db, actor.clinicId, appointment.sessionTypeId);
  const therapist = await findClinicTherapist(ctx.db, actor.clinicId, appointment.therapistId);
  if (!sessionType || !therapist)
    throw new AppError(
      "PRECONDITION_FAILED",
      "NOT_MOVABLE",
      "This session can no longer be moved. Please contact the clinic.",
    );

  const window = checkBookingWindow(input.start, now, sessionType);
  if (!window.ok)
    throw new AppError("PRECONDITION_FAILED", window.reason, WINDOW_MESSAGES[window.reason], {
      field: "start",
    });
  const end = new Date(+input.start + sessionType.durationMinutes * 60_000);
  const taken = async () =>
    new AppError(
      "CONFLICT",
      "SLOT_TAKEN",
      "That time was just booked. Your session stays where it was; here are the nearest open times.",
      {
        field: "start",
        alternatives: await nearestOpenTimes(
          ctx.db,
          therapist,
          sessionType,
          input.start,
          now,
          appointment.id,
        ),
      },
    );
  const offered = async (ignoreBooked: boolean) =>
    (
      await openSlots(
        ctx.db,
        therapist,
        sessionType,
        input.start,
        new Date(+input.start + 1),
        now,
        { ignoreBooked, exceptAppointmentId: appointment.id },
      )
    ).length > 0;
  if (!(await offered(false))) {
    if (await offered(true)) throw await taken();
    throw new AppError(
      "PRECONDITION_FAILED",
      "OUTSIDE_AVAILABILITY",
      "That time isn't one of the therapist's open times. Choose one of the times offered.",
      { field: "start" },
    );
  }

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
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw await taken();
    throw error;
  }
  return { appointmentId: appointment.id, start: input.start, end };
}
