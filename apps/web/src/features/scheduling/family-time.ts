import { useSyncExternalStore } from "react";

import { calendarDateIn, startOfDayIn } from "~/lib/time";

const LOCALE = "en-US";
const DAY = 86_400_000;

const noSubscription = () => () => undefined;
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The family's own time zone, from the browser; null while rendering on the server. */
export function useFamilyTimeZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, () => null);
}

/** "Pacific Time", "Central Time": how a parent names their zone. */
export function zoneName(timeZone: string, at = new Date()): string {
  const part = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: "longGeneric" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** "9:30 AM" */
export function clock(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, timeStyle: "short" }).format(at);
}

/** "Thursday, December 3" */
export function longDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: "long",
    month: "long",
    day: "numeric",
  }).format(at);
}

/** "Thursday, December 3 at 9:30 AM" */
export function dayAndTime(at: Date, timeZone: string): string {
  return `${longDay(at, timeZone)} at ${clock(at, timeZone)}`;
}

/** "Thu" and "3": a day chip. */
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

/** The local calendar date ("YYYY-MM-DD") of an instant in a zone. */
export const dateKey = (at: Date, timeZone: string) => calendarDateIn(timeZone, at);

/** Midnight starting a local date in a zone. */
export const startOfDay = startOfDayIn;

/** The local date `days` after a local date. */
export function addDays(isoDate: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10);
}

/** The hour (0–23) on the local clock. */
export function hourOfDay(at: Date, timeZone: string): number {
  return Number(
    new Intl.DateTimeFormat(LOCALE, { timeZone, hour: "2-digit", hourCycle: "h23" }).format(at),
  );
}
