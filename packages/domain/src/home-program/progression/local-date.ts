import { DateTime } from "luxon";

// Dates here are already the family's local dates: UTC is only a zone without daylight saving.
const CALENDAR = { zone: "utc" } as const;

/** A "YYYY-MM-DD" local date as a luxon date, or a RangeError naming the field. */
export function parseLocalDate(field: string, value: string): DateTime<true> {
  const date = DateTime.fromISO(value, CALENDAR);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !date.isValid)
    throw new RangeError(`${field} must be a date written YYYY-MM-DD (got "${value}")`);
  return date;
}

export function formatLocalDate(date: DateTime<true>): string {
  return date.toISODate();
}

/** Whole days from one local date to another; negative when `to` comes first. */
export function daysBetween(from: DateTime<true>, to: DateTime<true>): number {
  return Math.round(to.diff(from, "days").days);
}

/** How a therapist reads a date in a sentence, e.g. "Feb 2, 2026". */
export function describeDate(date: DateTime<true>): string {
  return date.setLocale("en-US").toFormat("LLL d, yyyy");
}

export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
