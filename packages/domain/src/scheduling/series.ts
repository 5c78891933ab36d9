import * as rrulePackage from "rrule";
import type { Weekday as RRuleWeekday } from "rrule";

import { dateToDayMs, localDay, parseClock } from "./local-time";
import type { Weekday } from "./slots";

// rrule ships CommonJS to Node (classes on its default export) and ES modules to bundlers (named exports).
const { RRule } =
  "RRule" in rrulePackage
    ? rrulePackage
    : (rrulePackage as unknown as { default: typeof rrulePackage }).default;
type RRule = InstanceType<typeof RRule>;

export type WeeklySeries = {
  timeZone: string;
  /** Local "YYYY-MM-DD" of the first possible occurrence. */
  firstDate: string;
  /** Local "HH:mm" every occurrence starts at, whatever the daylight-saving offset that day. */
  time: string;
  intervalWeeks: number;
  weekdays: Weekday[];
  count?: number;
  /** Local "YYYY-MM-DD", inclusive. */
  until?: string;
};

export const MAX_SERIES_OCCURRENCES = 104;

const BYDAY: Record<Weekday, RRuleWeekday> = {
  1: RRule.MO,
  2: RRule.TU,
  3: RRule.WE,
  4: RRule.TH,
  5: RRule.FR,
  6: RRule.SA,
  7: RRule.SU,
};

/** The series as an RFC 5545 rule over local wall-clock time (kept with the zone beside it). */
export function seriesRule(series: WeeklySeries): RRule {
  const minute = parseClock(series.time);
  const until = series.until ? new Date(dateToDayMs(series.until) + 86_399_000) : undefined;
  return new RRule({
    freq: RRule.WEEKLY,
    interval: series.intervalWeeks,
    byweekday: [...new Set(series.weekdays)].map((d) => BYDAY[d]),
    dtstart: new Date(dateToDayMs(series.firstDate) + minute * 60_000),
    count: series.count ?? (until ? undefined : MAX_SERIES_OCCURRENCES),
    until,
    wkst: RRule.MO,
  });
}

/**
 * The instants of a weekly series, expanded in local time: a 4:00 pm session stays at 4:00 pm across
 * daylight-saving changes. A start that falls in a spring-forward gap moves to the end of the gap.
 */
export function expandWeeklySeries(series: WeeklySeries): Date[] {
  const minute = parseClock(series.time);
  // rrule works in "floating" time here: each Date's UTC fields are the local wall-clock fields.
  return seriesRule(series)
    .all((_, i) => i < MAX_SERIES_OCCURRENCES)
    .map((wall) => {
      const dayMs = Math.floor(+wall / 86_400_000) * 86_400_000;
      return new Date(localDay(series.timeZone, dayMs).boundaryOf(minute));
    });
}
