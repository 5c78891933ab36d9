import { z } from "zod";

export const SESSION_KINDS = ["evaluation", "coaching", "group", "re_evaluation"] as const;
export const SessionKind = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKind>;

export const MODALITIES = ["telehealth", "in_home", "clinic", "community"] as const;
export const Modality = z.enum(MODALITIES);
export type Modality = z.infer<typeof Modality>;

export const APPOINTMENT_STATUSES = ["scheduled", "cancelled", "completed", "no_show"] as const;
export const AppointmentStatus = z.enum(APPOINTMENT_STATUSES);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

const MINUTE = 60_000;

export type BookingWindow = { minimumNoticeMinutes: number; maximumAdvanceDays: number };

/** Whether a start time may be booked now: not in the past, not under the notice, not beyond the horizon. */
export function checkBookingWindow(
  start: Date,
  now: Date,
  window: BookingWindow,
):
  | { ok: true }
  | { ok: false; reason: "IN_PAST" | "UNDER_MINIMUM_NOTICE" | "BEYOND_MAXIMUM_ADVANCE" } {
  if (+start <= +now) return { ok: false, reason: "IN_PAST" };
  if (+start < +now + window.minimumNoticeMinutes * MINUTE)
    return { ok: false, reason: "UNDER_MINIMUM_NOTICE" };
  if (+start > +now + window.maximumAdvanceDays * 86_400_000)
    return { ok: false, reason: "BEYOND_MAXIMUM_ADVANCE" };
  return { ok: true };
}

/**
 * Licensure follows the child (DOMAIN.md): a telehealth session needs the child's location that
 * day among the therapist's licence states. In-person sessions are held where the clinic is.
 */
export function checkLicensure(
  modality: Modality,
  childLocationState: string | null,
  therapistLicenceStates: readonly string[],
): { ok: true } | { ok: false; reason: "CHILD_LOCATION_REQUIRED" | "NOT_LICENSED_IN_STATE" } {
  if (modality !== "telehealth") return { ok: true };
  if (!childLocationState) return { ok: false, reason: "CHILD_LOCATION_REQUIRED" };
  return therapistLicenceStates.includes(childLocationState)
    ? { ok: true }
    : { ok: false, reason: "NOT_LICENSED_IN_STATE" };
}

/** A cancellation inside the clinic's notice window (24/48/72 hours) counts as late. */
export function isLateCancellation(
  start: Date,
  cancelledAt: Date,
  cancellationWindowHours: number,
): boolean {
  return +start - +cancelledAt < cancellationWindowHours * 3_600_000;
}
