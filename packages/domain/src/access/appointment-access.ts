import { isLateCancellation, type SessionKind } from "../scheduling";
import { can } from "./actions";
import { guardianMayBook, type Actor, type BookingFacts, type ChildAccess } from "./child-access";

type NotFound = { ok: false; reason: "NOT_FOUND" };

/** Staff who run an appointment: its therapist, or anyone who reaches the whole clinic. */
export const runsAppointment = (
  actor: Actor,
  appointment: { clinicId: string; therapistId: string },
): boolean =>
  actor.clinicId === appointment.clinicId &&
  (can(actor.role, "reachWholeClinic") || appointment.therapistId === actor.userId);

/**
 * An appointment the actor may act on: staff who run it, or whoever reaches one of its children
 * (`childAccess`: decideChildAccess for each). Anyone else, in this clinic or another, finds nothing.
 */
export function decideAppointmentAccess(
  actor: Actor,
  appointment: { clinicId: string; therapistId: string },
  childAccess: readonly ChildAccess[],
): { ok: true } | NotFound {
  if (actor.clinicId !== appointment.clinicId) return { ok: false, reason: "NOT_FOUND" };
  return runsAppointment(actor, appointment) || childAccess.some((access) => access.ok)
    ? { ok: true }
    : { ok: false, reason: "NOT_FOUND" };
}

/** A therapist's hours are changed by the therapist, or by someone who reaches the whole clinic. */
export function decideScheduleChange(
  actor: Actor,
  therapistId: string,
): { ok: true } | { ok: false; reason: "NOT_YOUR_SCHEDULE" } {
  return can(actor.role, "reachWholeClinic") || actor.userId === therapistId
    ? { ok: true }
    : { ok: false, reason: "NOT_YOUR_SCHEDULE" };
}

/**
 * A family acts on its own child's place in a group, never on the group itself: cancelling or moving
 * it would do so for every family in it.
 */
export function decideGroupChange(
  actor: Actor,
  appointment: { capacity: number },
): { ok: true } | { ok: false; reason: "GROUP_SESSION" } {
  return can(actor.role, "manageChildren") || appointment.capacity <= 1
    ? { ok: true }
    : { ok: false, reason: "GROUP_SESSION" };
}

/**
 * Moving a session: staff may; a guardian only an individual session, and only when the clinic lets
 * them book for one of its children (`children`: the appointment's children).
 */
export function decideAppointmentMove(
  actor: Actor,
  appointment: { kind: SessionKind },
  children: readonly BookingFacts[],
): { ok: true } | { ok: false; reason: "CANNOT_RESCHEDULE" } {
  if (can(actor.role, "manageChildren")) return { ok: true };
  return appointment.kind !== "group" && children.some((child) => guardianMayBook(actor, child))
    ? { ok: true }
    : { ok: false, reason: "CANNOT_RESCHEDULE" };
}

/**
 * A family cancelling inside the session type's notice window is late, also when staff record it
 * for them (`forFamily`: the family phoned); the clinic cancelling for its own reasons never is.
 */
export const isLateCancellationBy = (
  actor: Actor,
  appointment: { start: Date; cancellationWindowHours: number },
  now: Date,
  forFamily = false,
): boolean =>
  (forFamily || !can(actor.role, "manageChildren")) &&
  isLateCancellation(appointment.start, now, appointment.cancellationWindowHours);
