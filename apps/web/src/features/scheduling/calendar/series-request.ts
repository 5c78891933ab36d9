import { PreviewSeriesInput } from "@carryover/api/contracts/series";
import { isCalendarDate, weekdayOf } from "@carryover/domain/scheduling";

import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";

/** "none", or the number of weeks between sessions. */
export type RepeatEvery = "none" | "1" | "2" | "3" | "4";
export type RepeatValues = {
  every: RepeatEvery;
  ends: "count" | "until";
  count: string;
  until: string;
};
export type RepeatField = "count" | "until";

export const NO_REPEAT: RepeatValues = { every: "none", ends: "count", count: "12", until: "" };

export const REPEAT_OPTIONS: { value: RepeatEvery; label: string }[] = [
  { value: "none", label: "Does not repeat" },
  { value: "1", label: "Every week" },
  { value: "2", label: "Every 2 weeks" },
  { value: "3", label: "Every 3 weeks" },
  { value: "4", label: "Every 4 weeks" },
];

export const repeats = (repeat: RepeatValues) => repeat.every !== "none";

/**
 * The series.preview (and series.create) input for a checked single session and the repeat fields:
 * on the session's weekday, at its local time, every N weeks, for a number of sessions or until a date.
 */
export function checkSeriesRequest(
  session: { childId: string; sessionTypeId: string; childLocationState: string | null },
  when: { therapistId: string; date: string; time: string },
  repeat: RepeatValues,
): { ok: true; input: PreviewSeriesInput } | { ok: false; errors: FieldErrors<RepeatField> } {
  const own: FieldErrors<RepeatField> = {};
  if (repeat.ends === "until") {
    if (!isCalendarDate(repeat.until)) own.until = "Enter the date of the last session.";
    else if (repeat.until < when.date)
      own.until = "The last date must be on or after the first session's date.";
  } else if (!/^\d+$/.test(repeat.count.trim())) {
    own.count = "Enter how many sessions to book, for example 12.";
  }
  const checked = checkForm(PreviewSeriesInput, {
    ...session,
    therapistId: when.therapistId,
    firstDate: when.date,
    time: when.time,
    intervalWeeks: Number(repeat.every),
    weekdays: isCalendarDate(when.date) ? [weekdayOf(when.date)] : [],
    count: repeat.ends === "count" ? Number(repeat.count.trim()) : undefined,
    until: repeat.ends === "until" ? repeat.until : undefined,
  });
  if (checked.ok && Object.keys(own).length === 0) return { ok: true, input: checked.value };
  const contract = checked.ok
    ? {}
    : placeFieldErrors(checked.fieldErrors, (path) =>
        path === "count" || path === "until" ? path : null,
      ).errors;
  return { ok: false, errors: { ...contract, ...own } };
}
