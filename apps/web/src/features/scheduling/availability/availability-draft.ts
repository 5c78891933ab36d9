import type { Weekday } from "@carryover/domain/scheduling";

export type Range = { key: number; start: string; end: string };
export type Override = { key: number; date: string; ranges: Range[] };
export type Draft = { weekly: Record<Weekday, Range[]>; overrides: Override[] };

/** The hours as availability.get returns them and availability.update takes them. */
export type AvailabilityHours = {
  weekly: { weekday: number; start: string; end: string }[];
  overrides: { date: string; ranges: { start: string; end: string }[] }[];
};

/** Whose ranges an edit is about: a weekday's hours, or one date that differs. */
export type RangeDay = { weekday: Weekday } | { overrideKey: number };
export type RangeField = "start" | "end";

export const WEEKDAYS: { day: Weekday; name: string }[] = [
  { day: 1, name: "Monday" },
  { day: 2, name: "Tuesday" },
  { day: 3, name: "Wednesday" },
  { day: 4, name: "Thursday" },
  { day: 5, name: "Friday" },
  { day: 6, name: "Saturday" },
  { day: 7, name: "Sunday" },
];

export const sortedOverrides = (draft: Draft) =>
  [...draft.overrides].sort((a, b) => a.date.localeCompare(b.date));

export const hoursOf = (draft: Draft): AvailabilityHours => ({
  weekly: WEEKDAYS.flatMap(({ day }) =>
    draft.weekly[day].map((r) => ({ weekday: day, start: r.start, end: r.end })),
  ),
  overrides: sortedOverrides(draft).map((o) => ({
    date: o.date,
    ranges: o.ranges.map((r) => ({ start: r.start, end: r.end })),
  })),
});

/** The dates that differ from today on, soonest first; past ones stay in the draft, unshown. */
export function upcomingOverrides(draft: Draft, today: string): Override[] {
  return draft.overrides
    .filter((o) => o.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
}

export function rangesOf(draft: Draft, day: RangeDay): Range[] {
  if ("weekday" in day) return draft.weekly[day.weekday];
  return draft.overrides.find((o) => o.key === day.overrideKey)?.ranges ?? [];
}
