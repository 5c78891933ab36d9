// The zod-free modules of the domain: every page's browser code loads this file.
import {
  formatLocalTime,
  formatLocalTimeRange,
  type HourCycle,
} from "@carryover/domain/identity/clock";
import { addDays } from "@carryover/domain/scheduling/calendar-date";

export { addDays };
export * from "./calendar-day";
export * from "./time-spans";

const LOCALE = "en-US";

export type { HourCycle };

/**
 * Every clock time below takes the reader's hour cycle (`useHourCycle()` in client components, the
 * auth session's `timeFormat` on the server); without one it is the US clinics' 12-hour clock.
 */
const DEFAULT_CYCLE: HourCycle = "h12";
// An instant, on the wall clock of a zone (the clinic's, a therapist's or a family's).

/** "Mar 4, 2026, 2:05 PM" in the zone, without naming it. */
export function formatDateTimeWithoutZone(
  at: Date,
  timeZone: string,
  cycle: HourCycle = DEFAULT_CYCLE,
): string {
  return new Intl.DateTimeFormat(LOCALE, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
    hourCycle: cycle,
  }).format(at);
}

/** "Mar 4, 2026, 2:05 PM CST" in the clinic's zone. */
export function formatDateTime(
  at: Date,
  timeZone: string,
  cycle: HourCycle = DEFAULT_CYCLE,
): string {
  return formatDateTimeWithoutZone(at, timeZone, cycle).concat(" ", zoneAbbreviation(at, timeZone));
}

/** "Mar 4, 2026, 2:05:09 PM CST": to the second, for the audit trail. */
export function formatDateTimeSeconds(
  at: Date,
  timeZone: string,
  cycle: HourCycle = DEFAULT_CYCLE,
): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    dateStyle: "medium",
    timeStyle: "medium",
    hourCycle: cycle,
  })
    .format(at)
    .concat(" ", zoneAbbreviation(at, timeZone));
}

/** "2:05 PM CST" (or "14:05 CST") in the clinic's zone. */
export function formatTime(at: Date, timeZone: string, cycle: HourCycle = DEFAULT_CYCLE): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, timeStyle: "short", hourCycle: cycle })
    .format(at)
    .concat(" ", zoneAbbreviation(at, timeZone));
}

/** "Mar 4, 2026": the date an instant falls on in the zone. */
export function formatDateInZone(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, dateStyle: "medium" }).format(at);
}

/** "2:00 PM" on the wall clock of a zone. */
export function clockTime(at: Date, timeZone: string, cycle: HourCycle = DEFAULT_CYCLE): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    hourCycle: cycle,
  }).format(at);
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

/** "Thursday, December 3" in a zone. */
export function longDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: "long",
    month: "long",
    day: "numeric",
  }).format(at);
}

/** "Thursday, December 3 at 9:30 AM" in a zone. */
export function dayAndTime(at: Date, timeZone: string, cycle: HourCycle = DEFAULT_CYCLE): string {
  return `${longDay(at, timeZone)} at ${clockTime(at, timeZone, cycle)}`;
}

/** "Thu", "3" and "Dec": the parts of a day chip. */
export function dayChip(
  at: Date,
  timeZone: string,
): { weekday: string; day: string; month: string } {
  const parts = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return { weekday: get("weekday"), day: get("day"), month: get("month") };
}

/** The hour (0–23) on the local clock. */
export function hourOfDay(at: Date, timeZone: string): number {
  return Number(
    new Intl.DateTimeFormat(LOCALE, { timeZone, hour: "2-digit", hourCycle: "h23" }).format(at),
  );
}

// Zones, named.

/** "CST", "PDT". */
export function zoneAbbreviation(at: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: "short" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? "";
}

/** "Central Time (America/Chicago)": the zone a calendar is drawn in, in words. */
export function zoneInWords(timeZone: string, at: Date): string {
  const name =
    new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: "long" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  return `${name} (${timeZone})`;
}

/** "Pacific Time", "Central Time": how a parent names their zone. */
export function zoneName(timeZone: string, at = new Date()): string {
  const part = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: "longGeneric" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

// A calendar date ("YYYY-MM-DD"), such as a date of birth or a week's Monday, which has no zone.

/** "today at 9:14 AM", "yesterday at 11:02 PM" or "Tue, Dec 1 at 9:14 AM", by the calendar of a zone. */
export function dayAndTimeSince(
  at: Date,
  timeZone: string,
  now: Date,
  cycle: HourCycle = DEFAULT_CYCLE,
): string {
  const day = calendarDateIn(timeZone, at);
  const today = calendarDateIn(timeZone, now);
  const clock = clockTime(at, timeZone, cycle);
  if (day === today) return `today at ${clock}`;
  if (day === addDays(today, -1)) return `yesterday at ${clock}`;
  return `${dayAndDate(at, timeZone)} at ${clock}`;
}

// Calendar dates and instants in a zone.

/** The calendar date ("YYYY-MM-DD") in a zone at `at`. */
export function calendarDateIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/** Today's calendar date in a zone (the clinic's, not the server's). */
export function todayInZone(timeZone: string, now = new Date()): string {
  return calendarDateIn(timeZone, now);
}

function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return wallClockAsUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** Midnight at the start of a calendar date in a zone, as an instant. */
export function startOfDayIn(isoDate: string, timeZone: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.split("-").map(Number);
  const asUtc = Date.UTC(y, m - 1, d);
  // Second pass corrects for a daylight-saving change between the guess and the answer.
  const first = asUtc - offsetMs(new Date(asUtc), timeZone);
  return new Date(asUtc - offsetMs(new Date(first), timeZone));
}

/** The last instant of a calendar date in a zone. */
export function endOfDayIn(isoDate: string, timeZone: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDate.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return new Date(startOfDayIn(next, timeZone).getTime() - 1);
}

/** A routine's local "HH:mm" as the reader writes it: "3:40 PM" or "15:40". */
export function localTime(time: string, cycle: HourCycle = DEFAULT_CYCLE): string {
  return formatLocalTime(time, cycle === "h23" ? "24h" : "12h");
}

/** "3:40–3:48 PM" or "15:40–15:48". */
export function localTimeRange(from: string, to: string, cycle: HourCycle = DEFAULT_CYCLE): string {
  return formatLocalTimeRange(from, to, cycle === "h23" ? "24h" : "12h");
}
