import { APPOINTMENT_STATUS_LABELS, SESSION_KIND_LABELS } from "~/features/scheduling/labels";
import { clockTime, shortWeekday, type HourCycle } from "~/lib/time";
import type { Booking } from "./calendar-types";

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
export function appointmentLabel(
  booking: Booking,
  timeZone: string,
  therapistName?: string,
  cycle: HourCycle = "h12",
): string {
  const names = firstNames(booking.children);
  const who = names ? ` with ${names}` : "";
  const when = `${shortWeekday(booking.start, timeZone)} ${clockTime(booking.start, timeZone, cycle)}`;
  const name = booking.groupName ? `: ${booking.groupName}` : "";
  const parts = [`${SESSION_KIND_LABELS[booking.kind]}${name}${who}, ${when}`];
  if (booking.kind === "group") parts.push(`${booking.seatsTaken} of ${booking.capacity} places`);
  if (therapistName) parts.push(`with ${therapistName}`);
  if (booking.status !== "scheduled")
    parts.push(APPOINTMENT_STATUS_LABELS[booking.status].toLowerCase());
  if (booking.lateCancellation) parts.push("late cancellation");
  return parts.join(", ");
}
