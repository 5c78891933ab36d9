import type { Weekday } from "@carryover/domain/scheduling";

import { asSentence } from "~/features/scheduling/field-errors";
import { checkForm } from "~/lib/form-errors";
import { longDate } from "~/lib/time";
import { findDraftErrors, hourAfter, Hours, placeHoursErrors, WHOLE } from "./availability-checks";
import {
  hoursOf,
  rangesOf,
  WEEKDAYS,
  type AvailabilityHours,
  type Draft,
  type Override,
  type Range,
  type RangeDay,
  type RangeField,
} from "./availability-draft";

export type OverrideKind = "off" | "hours";

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

export const FIX_BEFORE_SAVING =
  "Some hours need fixing before they can be saved: see the messages beside them.";
export const SAVED =
  "Your hours are saved. Families see the new open times straight away; sessions already booked stay as they are.";

/** What to say above the form when hours were refused: see the fields, or why none is to blame. */
function refusedProblem(errors: Map<string, string>): string | null {
  const whole = errors.get(WHOLE);
  if (whole) return `Your hours weren't saved. ${whole} Check the hours and save again.`;
  return errors.size > 0 ? FIX_BEFORE_SAVING : null;
}

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
