import type { AppointmentStatus, SessionKind } from "@carryover/domain/scheduling";

import type { Booking } from "./calendar-types";

const LOCALE = "en-US";

export const KIND_LABELS: Record<SessionKind, string> = {
  coaching: "Coaching session",
  evaluation: "Evaluation",
  re_evaluation: "Re-evaluation",
  group: "Group session",
};

export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  scheduled: "Scheduled",
  cancelled: "Cancelled",
  completed: "Completed",
  no_show: "No-show",
};

export const MODALITY_LABELS = {
  telehealth: "Video (telehealth)",
  in_home: "In the family's home",
  clinic: "At the clinic",
  community: "In the community",
} as const;

/** "2:00 PM" on the wall clock of a zone. */
export function clockTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, hour: "numeric", minute: "2-digit" }).format(
    at,
  );
}

/** "Tue" in a zone. */
export function shortWeekday(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, weekday: "short" }).format(at);
}

/** "Tue, Dec 8" in a zone. */
export function dayAndDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
  }).format(at);
}

/** A calendar date ("YYYY-MM-DD") as "Tuesday, December 8, 2026"; dates have no zone. */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", dateStyle: "full" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** "Dec 8" for a calendar date. */
export function shortDate(date: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "Central Time (America/Chicago)": the zone a calendar is drawn in, in words. */
export function zoneInWords(timeZone: string, at: Date): string {
  const name =
    new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: "long" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  return `${name} (${timeZone})`;
}

/** "Maya", "Maya and Sofia", "Maya, Sofia and Eli". */
export function firstNames(children: Booking["children"]): string {
  const names = children.map((child) => child.firstName);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/**
 * The accessible name of a session on the grid, e.g. "Coaching session with Maya, Tue 2:00 PM";
 * the status follows ("…, cancelled") so a locator by its beginning finds it in any state.
 */
export function sessionLabel(booking: Booking, timeZone: string, therapistName?: string): string {
  const names = firstNames(booking.children);
  const who = names ? ` with ${names}` : "";
  const when = `${shortWeekday(booking.start, timeZone)} ${clockTime(booking.start, timeZone)}`;
  const parts = [`${KIND_LABELS[booking.kind]}${who}, ${when}`];
  if (booking.kind === "group") parts.push(`${booking.seatsTaken} of ${booking.capacity} places`);
  if (therapistName) parts.push(`with ${therapistName}`);
  if (booking.status !== "scheduled") parts.push(STATUS_LABELS[booking.status].toLowerCase());
  if (booking.lateCancellation) parts.push("late cancellation");
  return parts.join(", ");
}
