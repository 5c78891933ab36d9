import {
  findRangeProblems,
  isCalendarDate,
  type RangeProblem,
  type Weekday,
} from "@carryover/domain/scheduling";

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

function problemText(problem: RangeProblem, ranges: Range[]): string {
  if (problem.reason === "INVALID_TIME") return "Enter a time.";
  if (problem.reason === "END_NOT_AFTER_START") return "The end must be after the start.";
  const other = problem.other === undefined ? undefined : ranges[problem.other];
  return other
    ? `Overlaps ${clock12(other.start)}–${clock12(other.end)}. Merge them, or change one.`
    : "Overlaps other hours on this day.";
}

const groupOf = (day: RangeDay) => ("weekday" in day ? `w${day.weekday}` : `o${day.overrideKey}`);

/** The message beside one time field, if it has one. */
export function rangeError(
  errors: Map<string, string> | null,
  day: RangeDay,
  rangeKey: number,
  field: RangeField,
): string | undefined {
  return errors?.get(`${groupOf(day)}:${rangeKey}:${field}`);
}

/** Every time field's message, keyed by its day, range and field. */
export function findDraftErrors(draft: Draft): Map<string, string> {
  const errors = new Map<string, string>();
  const check = (day: RangeDay, ranges: Range[]) => {
    for (const problem of findRangeProblems(ranges)) {
      const range = ranges[problem.index];
      if (range)
        errors.set(`${groupOf(day)}:${range.key}:${problem.field}`, problemText(problem, ranges));
    }
  };
  for (const { day } of WEEKDAYS) check({ weekday: day }, draft.weekly[day]);
  for (const override of draft.overrides) check({ overrideKey: override.key }, override.ranges);
  return errors;
}

export const hoursOf = (draft: Draft): AvailabilityHours => ({
  weekly: WEEKDAYS.flatMap(({ day }) =>
    draft.weekly[day].map((r) => ({ weekday: day, start: r.start, end: r.end })),
  ),
  overrides: [...draft.overrides]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((o) => ({ date: o.date, ranges: o.ranges.map((r) => ({ start: r.start, end: r.end })) })),
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

function newDateProblem(state: AvailabilityEditorState, today: string): string | undefined {
  const { newDate, draft } = state;
  if (!isCalendarDate(newDate)) return "Enter a date.";
  if (newDate < today) return "Choose today or a later date.";
  if (draft.overrides.some((o) => o.date === newDate))
    return `${longDate(newDate)} is already in the list below; change it there.`;
  return undefined;
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
      return {
        ...state,
        errors,
        success: null,
        problem: errors.size > 0 ? FIX_BEFORE_SAVING : null,
      };
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
