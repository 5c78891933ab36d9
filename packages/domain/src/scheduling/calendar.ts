import { DateTime } from "luxon";

import {
  dateToDayMs,
  dayMsToDate,
  isoWeekday,
  localDateOf,
  localDay,
  parseClock,
  zoneNamed,
} from "./local-time";
import type { DateOverride, Interval, WeeklyHours } from "./slots";

const DAY = 86_400_000;

export { addDays, isCalendarDate, mondayOf, weekdayOf } from "./calendar-date";

/** An instant as its wall clock in a zone: the local date and the minute of that day. */
export function wallClockOf(
  instant: Date | number,
  zone: string,
): { date: string; minute: number } {
  const local = DateTime.fromMillis(+instant, { zone: zoneNamed(zone) });
  return { date: local.toISODate() ?? "", minute: local.hour * 60 + local.minute };
}

/**
 * The instant of a local date and "HH:mm" in a zone: null for a time the clocks skip (spring
 * forward), the first occurrence of one that happens twice (fall back).
 */
export function instantAt(date: string, clock: string, zone: string): Date | null {
  const instant = localDay(zone, date).instantOf(parseClock(clock));
  return instant === null ? null : new Date(instant);
}

/** The first instant of a local date in a zone (midnight, or when the day begins after a jump). */
export function startOfLocalDay(date: string, zone: string): Date {
  return new Date(localDay(zone, date).boundaryOf(0));
}

/**
 * A therapist's open hours as instants overlapping [from, to): each local day's weekly ranges, or
 * that date's override in their place (an override without ranges is a day off). Bookings are not
 * subtracted; this is what a calendar shades.
 */
export function availabilityIntervals(input: {
  timeZone: string;
  weekly: WeeklyHours[];
  overrides?: DateOverride[];
  from: Date;
  to: Date;
}): Interval[] {
  const overrides = new Map((input.overrides ?? []).map((o) => [o.date, o.ranges]));
  const firstDay = dateToDayMs(localDateOf(input.from, input.timeZone));
  const lastDay = dateToDayMs(localDateOf(input.to, input.timeZone));
  const intervals: Interval[] = [];
  for (let dayMs = firstDay; dayMs <= lastDay; dayMs += DAY) {
    const date = dayMsToDate(dayMs);
    const weekday = isoWeekday(dayMs);
    const ranges = overrides.get(date) ?? input.weekly.filter((w) => w.weekday === weekday);
    const day = localDay(input.timeZone, date);
    for (const range of [...ranges].sort((a, b) => a.start.localeCompare(b.start))) {
      const start = Math.max(day.boundaryOf(parseClock(range.start)), +input.from);
      const end = Math.min(day.boundaryOf(parseClock(range.end)), +input.to);
      if (end > start) intervals.push({ start: new Date(start), end: new Date(end) });
    }
  }
  return intervals;
}

export type RangeProblem = {
  index: number;
  field: "start" | "end";
  reason: "INVALID_TIME" | "END_NOT_AFTER_START" | "OVERLAPS";
  /** For an overlap, the range it overlaps. */
  other?: number;
};

const CLOCK = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** What is wrong with one day's time ranges, range by range: the rules availability.update enforces. */
export function findRangeProblems(
  ranges: readonly { start: string; end: string }[],
): RangeProblem[] {
  const problems: RangeProblem[] = [];
  const valid: number[] = [];
  ranges.forEach((range, index) => {
    if (!CLOCK.test(range.start)) problems.push({ index, field: "start", reason: "INVALID_TIME" });
    else if (!CLOCK.test(range.end)) problems.push({ index, field: "end", reason: "INVALID_TIME" });
    else if (range.end <= range.start)
      problems.push({ index, field: "end", reason: "END_NOT_AFTER_START" });
    else valid.push(index);
  });
  const sorted = valid.sort((a, b) =>
    (ranges[a] as { start: string }).start.localeCompare((ranges[b] as { start: string }).start),
  );
  let reach: number | undefined;
  for (const current of sorted) {
    const range = ranges[current] as { start: string; end: string };
    const furthest = reach === undefined ? undefined : (ranges[reach] as { end: string });
    if (reach !== undefined && furthest && range.start < furthest.end)
      problems.push({ index: current, field: "start", reason: "OVERLAPS", other: reach });
    if (!furthest || range.end > furthest.end) reach = current;
  }
  return problems;
}
