// A calendar date ("YYYY-MM-DD", no zone) and a child's age, in words. Re-exported by time.ts.
import { ageInYears } from "@carryover/domain/children/age";

import { plural } from "./words";

const LOCALE = "en-US";

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
