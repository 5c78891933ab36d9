import { UpdateAvailabilityInput } from "@carryover/api/contracts/availability";
import { findRangeProblems, type RangeProblem, type Weekday } from "@carryover/domain/scheduling";

import { asSentence } from "~/features/scheduling/field-errors";
import { checkForm } from "~/lib/form-errors";
import { longDate } from "~/lib/time";

export type Range = { key: number; start: string; end: string };
export type Override = { key: number; date: string; ranges: Range[] };
export type Draft = { weekly: Record<Weekday, Range[]>; overrides: Override[] };
export type OverrideKind = "off" | "hours";

/** The hours as availability.get returns them and availability.update takes them. */
export type AvailabilityHours = {
  weekly: { weekday: number; start: string; end: string }[];
  overrides: { date: string; ranges: { start: string; end: string }[] }[];
};

/** Whose ranges an edit is about: a weekday's hours, or one date that differs. */
export type RangeDay = { weekday: Weekday } | { overrideKey: number };
export type RangeField = "start" | "end";

export type AvailabilityEditorState = {
  draft: Draft;
  saved: AvailabilityHours;
  /** Field messages; null until the first save, then kept up to date on every change. */
  errors: Map<string, string> | null;
  problem: string | null;
  success: string | null;
  newDate: string;
  newKind: OverrideKind;
  newDateError: string | undefined;
  /** The next key for a range or date: React keys and field-error keys. */
  nextKey: number;
};

export type AvailabilityEditorAction =
  | { type: "rangeAdded"; day: RangeDay }
  | { type: "rangeRemoved"; day: RangeDay; rangeKey: number }
  | { type: "rangeEdited"; day: RangeDay; rangeKey: number; field: RangeField; value: string }
  | { type: "newDateTyped"; date: string }
  | { type: "newKindChosen"; kind: OverrideKind }
  | { type: "overrideAdded"; today: string }
  | { type: "overrideRemoved"; overrideKey: number }
  | { type: "saveRequested" }
  | { type: "saved"; hours: AvailabilityHours }
  | { type: "saveFailed"; message: string }
  /** The server's field messages, by the input path it names ("weekly.3.end"). */
  | { type: "saveRefused"; fieldErrors: Record<string, string> }
  | { type: "undone" };

export const WEEKDAYS: { day: Weekday; name: string }[] = [
  { day: 1, name: "Monday" },
  { day: 2, name: "Tuesday" },
  { day: 3, name: "Wednesday" },
  { day: 4, name: "Thursday" },
  { day: 5, name: "Friday" },
  { day: 6, name: "Saturday" },
  { day: 7, name: "Sunday" },
];

export const FIX_BEFORE_SAVING =
  "Some hours need fixing before they can be saved: see the messages beside them.";
export const SAVED =
  "Your hours are saved. Families see the new open times straight away; sessions already booked stay as they are.";

const clock12 = (clock: string) => {
  const [h = 0, m = 0] = clock.split(":").map(Number);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, "0")} ${h < 12 || h === 24 ? "AM" : "PM"}`;
};

function hourAfter(clock: string): string {
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
const WHOLE = "";

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
const Hours = UpdateAvailabilityInput.omit({ therapistId: true });

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

/** What to say above the form when hours were refused: see the fields, or why none is to blame. */
function refusedProblem(errors: Map<string, string>): string | null {
  const whole = errors.get(WHOLE);
  if (whole) return `Your hours weren't saved. ${whole} Check the hours and save again.`;
  return errors.size > 0 ? FIX_BEFORE_SAVING : null;
}

const sortedOverrides = (draft: Draft) =>
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

function draftOf(hours: AvailabilityHours, firstKey: number): { draft: Draft; nextKey: number } {
  let nextKey = firstKey;
  const key = () => nextKey++;
  const weekly = Object.fromEntries(WEEKDAYS.map(({ day }) => [day, [] as Range[]])) as Record<
    Weekday,
    Range[]
  >;
  for (const w of hours.weekly)
    weekly[w.weekday as Weekday]?.push({ key: key(), start: w.start, end: w.end });
  const overrides = hours.overrides.map((o) => ({
    key: key(),
    date: o.date,
    ranges: o.ranges.map((r) => ({ key: key(), ...r })),
  }));
  return { draft: { weekly, overrides }, nextKey };
}

export function initialAvailabilityEditorState(loaded: AvailabilityHours): AvailabilityEditorState {
  const { draft, nextKey } = draftOf(loaded, 1);
  return {
    draft,
    saved: hoursOf(draft),
    errors: null,
    problem: null,
    success: null,
    newDate: "",
    newKind: "off",
    newDateError: undefined,
    nextKey,
  };
}

export const isDirty = (state: AvailabilityEditorState) =>
  JSON.stringify(hoursOf(state.draft)) !== JSON.stringify(state.saved);

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

function withRanges(draft: Draft, day: RangeDay, ranges: Range[]): Draft {
  if ("weekday" in day) return { ...draft, weekly: { ...draft.weekly, [day.weekday]: ranges } };
  return {
    ...draft,
    overrides: draft.overrides.map((o) => (o.key === day.overrideKey ? { ...o, ranges } : o)),
  };
}

/** A new range starts where the day's last one ends, else a working day's 9 to 5. */
function rangeAfter(ranges: Range[], key: number): Range {
  const last = ranges.at(-1);
  return last && last.end <= "23:00"
    ? { key, start: last.end, end: hourAfter(last.end) }
    : { key, start: "09:00", end: "17:00" };
}

/** An edit to the hours: the saved message goes, and shown messages follow the new hours. */
function edited(state: AvailabilityEditorState, draft: Draft): AvailabilityEditorState {
  return {
    ...state,
    draft,
    success: null,
    errors: state.errors ? findDraftErrors(draft) : null,
  };
}

/**
 * What stops a date being added: availability.update's contract on the dates (a real date, once
 * each), said of the date field, and the editor's own rule that past dates are not added.
 */
function newDateProblem(state: AvailabilityEditorState, today: string): string | undefined {
  const { newDate, draft } = state;
  const overrides = [...hoursOf(draft).overrides, { date: newDate, ranges: [] }];
  const checked = checkForm(Hours.shape.overrides, overrides);
  const errors = checked.ok ? {} : checked.fieldErrors;
  const dateError = errors[`${overrides.length - 1}.date`];
  if (dateError) return asSentence(dateError);
  if (newDate < today) return "Choose today or a later date.";
  const listError = errors[""];
  if (!listError) return undefined;
  return draft.overrides.some((o) => o.date === newDate)
    ? `${longDate(newDate)} is already in the list below; change it there.`
    : asSentence(listError);
}

function addOverride(state: AvailabilityEditorState, today: string): AvailabilityEditorState {
  const newDateError = newDateProblem(state, today);
  if (newDateError) return { ...state, newDateError };
  const key = state.nextKey;
  const override: Override = {
    key,
    date: state.newDate,
    ranges: state.newKind === "off" ? [] : [{ key: key + 1, start: "09:00", end: "13:00" }],
  };
  return {
    ...edited(state, { ...state.draft, overrides: [...state.draft.overrides, override] }),
    newDateError: undefined,
    newDate: "",
    nextKey: key + 2,
  };
}

export function availabilityEditorReducer(
  state: AvailabilityEditorState,
  action: AvailabilityEditorAction,
): AvailabilityEditorState {
  const { draft } = state;
  switch (action.type) {
    case "rangeAdded": {
      const ranges = rangesOf(draft, action.day);
      const added = [...ranges, rangeAfter(ranges, state.nextKey)];
      return { ...edited(state, withRanges(draft, action.day, added)), nextKey: state.nextKey + 1 };
    }
    case "rangeRemoved": {
      const ranges = rangesOf(draft, action.day).filter((r) => r.key !== action.rangeKey);
      return edited(state, withRanges(draft, action.day, ranges));
    }
    case "rangeEdited": {
      const ranges = rangesOf(draft, action.day).map((r) =>
        r.key === action.rangeKey ? { ...r, [action.field]: action.value } : r,
      );
      return edited(state, withRanges(draft, action.day, ranges));
    }
    case "newDateTyped":
      return { ...state, newDate: action.date };
    case "newKindChosen":
      return { ...state, newKind: action.kind };
    case "overrideAdded":
      return addOverride(state, action.today);
    case "overrideRemoved":
      return edited(state, {
        ...draft,
        overrides: draft.overrides.filter((o) => o.key !== action.overrideKey),
      });
    case "saveRequested": {
      const errors = findDraftErrors(draft);
      return { ...state, errors, success: null, problem: refusedProblem(errors) };
    }
    case "saveRefused": {
      const errors = placeHoursErrors(draft, action.fieldErrors);
      return { ...state, errors, success: null, problem: refusedProblem(errors) };
    }
    case "saved":
      return { ...state, saved: action.hours, errors: null, success: SAVED };
    case "saveFailed":
      return {
        ...state,
        problem: `Your hours weren't saved. ${action.message} Check the hours and save again.`,
      };
    case "undone": {
      const restored = draftOf(state.saved, state.nextKey);
      return { ...state, ...restored, errors: null, problem: null };
    }
  }
}
