// The zod-free modules of the domain: every page's browser code loads this file.
import { ageInYears } from "@carryover/domain/children/age";
import { formatLocalTime, formatLocalTimeRange, type HourCycle } from "@carryover/domain/identity/clock";
import { addDays } from "@carryover/domain/scheduling/calendar-date";

import { plural } from "./words";

export { addDays };

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

const atUtcMidnight = (date: string) => new Date(`${date}T00:00:00Z`);

/** "Apr 12, 2019". */
export function formatCalendarDate(date: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", dateStyle: "medium" }).format(
    atUtcMidnight(date),
  );
}

/** "April 12, 2019". */
export function formatCalendarDateLong(date: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", dateStyle: "long" }).format(
    atUtcMidnight(date),
  );
}

/** "Tuesday, December 8, 2026". */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", dateStyle: "full" }).format(
    atUtcMidnight(date),
  );
}

/** "Tuesday, December 8": a day named in words, without its year. */
export function longCalendarDay(date: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(atUtcMidnight(date));
}

/** "Dec 8". */
export function shortDate(date: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: "UTC",
    month: "short",
    day: "numeric",
  }).format(atUtcMidnight(date));
}

/** "Tue" or "Tuesday". */
export function calendarWeekday(date: string, width: "short" | "long"): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone: "UTC", weekday: width }).format(
    atUtcMidnight(date),
  );
}

/** "7 years" or "18 months": how a therapist or parent speaks of a young child's age. */
export function describeAge(dateOfBirth: string, today: string): string {
  const years = ageInYears(dateOfBirth, today);
  if (years >= 2) return `${years} years`;
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const months = (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0);
  return `${months} month${months === 1 ? "" : "s"}`;
}

/** "Under 1 year" or "7 years": a child's age in whole years, for a list of the clinic's children. */
export function describeAgeInYears(dateOfBirth: string, today: string): string {
  const years = ageInYears(dateOfBirth, today);
  return years < 1 ? "Under 1 year" : plural(years, "year");
}

// Durations.

/** "45 min": a session's length. */
export function formatMinutes(duration: number): string {
  return `${duration} min`;
}

/** "in 3 days", "in 5 hours", "in 20 minutes" — for deadlines shortly ahead. */
export function timeUntil(at: Date, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return "now";
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `in ${hours} hour${hours === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  return `in ${days} days`;
}

/** "just now", "5 minutes ago", "2 hours ago", "3 days ago" — for how long since something happened. */
export function timeAgo(at: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${plural(minutes, "minute")} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${plural(hours, "hour")} ago`;
  return `${plural(Math.floor(hours / 24), "day")} ago`;
}

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
