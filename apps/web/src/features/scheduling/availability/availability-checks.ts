import { UpdateAvailabilityInput } from "@carryover/api/contracts/availability";
import { findRangeProblems, type RangeProblem } from "@carryover/domain/scheduling";

import { asSentence } from "~/features/scheduling/field-errors";
import { checkForm } from "~/lib/form-errors";
import {
  hoursOf,
  sortedOverrides,
  WEEKDAYS,
  type Draft,
  type Range,
  type RangeDay,
  type RangeField,
} from "./availability-draft";

const clock12 = (clock: string) => {
  const [h = 0, m = 0] = clock.split(":").map(Number);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, "0")} ${h < 12 || h === 24 ? "AM" : "PM"}`;
};

export function hourAfter(clock: string): string {
  const [h = 0, m = 0] = clock.split(":").map(Number);
  return h >= 23 ? "24:00" : `${String(h + 1).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** The editor's own words for an overlap, naming the hours it runs into: the contract can't. */
function overlapText(problem: RangeProblem, ranges: Range[]): string {
  const other = problem.other === undefined ? undefined : ranges[problem.other];
  return other
    ? `Overlaps ${clock12(other.start)}–${clock12(other.end)}. Merge them, or change one.`
    : "Overlaps other hours on this day.";
}

const groupOf = (day: RangeDay) => ("weekday" in day ? `w${day.weekday}` : `o${day.overrideKey}`);
const fieldKey = (day: RangeDay, rangeKey: number, field: string) =>
  `${groupOf(day)}:${rangeKey}:${field}`;

/** Under this key, a message about the hours as a whole (too many, say), for above the form. */
export const WHOLE = "";

/** The message beside one time field, if it has one. */
export function rangeError(
  errors: Map<string, string> | null,
  day: RangeDay,
  rangeKey: number,
  field: RangeField,
): string | undefined {
  return errors?.get(fieldKey(day, rangeKey, field));
}

/** What availability.update takes of the editor: the therapist is the page's. */
export const Hours = UpdateAvailabilityInput.omit({ therapistId: true });

type SentDay = { day: RangeDay; ranges: Range[] };

/**
 * Where hoursOf sends each range ("weekly.3", "overrides.0.ranges.1") and each list the contract
 * checks for overlaps ("weekly" for every weekday, "overrides.0.ranges" for one date).
 */
function sentPaths(draft: Draft) {
  const ranges = new Map<string, { day: RangeDay; range: Range }>();
  const lists: (SentDay & { path: string })[] = [];
  let i = 0;
  for (const { day } of WEEKDAYS) {
    for (const range of draft.weekly[day])
      ranges.set(`weekly.${i++}`, { day: { weekday: day }, range });
    lists.push({ path: "weekly", day: { weekday: day }, ranges: draft.weekly[day] });
  }
  sortedOverrides(draft).forEach((o, j) => {
    const day = { overrideKey: o.key };
    o.ranges.forEach((range, k) => ranges.set(`overrides.${j}.ranges.${k}`, { day, range }));
    lists.push({ path: `overrides.${j}.ranges`, day, ranges: o.ranges });
  });
  return { ranges, lists };
}

/** The ranges of these days that run into an earlier one, each in the editor's words. */
function overlapsIn(days: SentDay[]): { key: string; message: string }[] {
  return days.flatMap(({ day, ranges }) =>
    findRangeProblems(ranges)
      .filter((problem) => problem.reason === "OVERLAPS")
      .flatMap((problem) => {
        const range = ranges[problem.index];
        return range
          ? [{ key: fieldKey(day, range.key, "start"), message: overlapText(problem, ranges) }]
          : [];
      }),
  );
}

/**
 * Field messages by input path (availability.update's contract's, or the server's) beside the
 * times they are about. An overlap the contract finds in a day's list goes on the range that
 * runs into another, in the editor's words; a message about no time goes above the form.
 */
export function placeHoursErrors(
  draft: Draft,
  fieldErrors: Record<string, string>,
): Map<string, string> {
  const { ranges, lists } = sentPaths(draft);
  const errors = new Map<string, string>();
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    const [, rangePath = "", field = ""] = /^(.+)\.(start|end)$/.exec(path) ?? [];
    const sent = ranges.get(rangePath);
    if (sent) {
      errors.set(fieldKey(sent.day, sent.range.key, field), asSentence(message));
      continue;
    }
    const overlaps = overlapsIn(lists.filter((list) => list.path === path));
    for (const { key, message: words } of overlaps) errors.set(key, words);
    if (overlaps.length === 0) unplaced.push(asSentence(message));
  }
  // A message about no time shows only while no time has one of its own to fix first.
  const [whole] = unplaced;
  if (errors.size === 0 && whole) errors.set(WHOLE, whole);
  return errors;
}

/** Every time field's message from availability.update's contract, keyed by day, range and field. */
export function findDraftErrors(draft: Draft): Map<string, string> {
  const checked = checkForm(Hours, hoursOf(draft));
  return checked.ok ? new Map<string, string>() : placeHoursErrors(draft, checked.fieldErrors);
}
