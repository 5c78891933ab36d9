"use client";

import { useId, type Dispatch } from "react";

import { Button, cn } from "@carryover/ui";

import { rangeError } from "./availability-checks";
import { type Range, type RangeDay, type RangeField } from "./availability-draft";
import { type AvailabilityEditorAction } from "./availability-editor-state";

function TimeInput({
  label,
  value,
  onChange,
  errorId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The id of this field's message below the row, when it has one. */
  errorId?: string;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="time"
        step={300}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        className={cn(
          "min-h-11 w-36 rounded-lg border bg-white px-3 py-2 text-base text-stone-900 shadow-sm",
          "focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-1 focus-visible:outline-hidden",
          errorId ? "border-red-700" : "border-stone-500",
        )}
      />
    </>
  );
}

/** One stretch of hours: from, until, remove, and the messages below it. */
function RangeRow({
  name,
  day,
  range,
  errors,
  errorBase,
  dispatch,
}: {
  /** "Monday 2": the day's name, numbered when the day has more than one range. */
  name: string;
  day: RangeDay;
  range: Range;
  errors: Map<string, string> | null;
  errorBase: string;
  dispatch: Dispatch<AvailabilityEditorAction>;
}) {
  const startError = rangeError(errors, day, range.key, "start");
  const endError = rangeError(errors, day, range.key, "end");
  const edit = (field: RangeField, value: string) =>
    dispatch({ type: "rangeEdited", day, rangeKey: range.key, field, value });
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <TimeInput
          label={`${name} from`}
          value={range.start}
          onChange={(v) => edit("start", v)}
          errorId={startError ? `${errorBase}-start` : undefined}
        />
        <span className="text-stone-600" aria-hidden="true">
          to
        </span>
        <TimeInput
          label={`${name} until`}
          value={range.end}
          onChange={(v) => edit("end", v)}
          errorId={endError ? `${errorBase}-end` : undefined}
        />
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={() => dispatch({ type: "rangeRemoved", day, rangeKey: range.key })}
          aria-label={`Remove ${name}`}
        >
          Remove
        </Button>
      </div>
      {startError ? (
        <p id={`${errorBase}-start`} className="text-sm font-medium text-red-700">
          {startError}
        </p>
      ) : null}
      {endError ? (
        <p id={`${errorBase}-end`} className="text-sm font-medium text-red-700">
          {endError}
        </p>
      ) : null}
    </div>
  );
}

/** The stretches of hours on one weekday or one date that differs, and a button to add one. */
export function DayRanges({
  name,
  day,
  ranges,
  errors,
  dispatch,
  emptyText,
}: {
  name: string;
  day: RangeDay;
  ranges: Range[];
  errors: Map<string, string> | null;
  dispatch: Dispatch<AvailabilityEditorAction>;
  emptyText: string;
}) {
  const baseId = useId();
  return (
    <div className="flex flex-col gap-2">
      {ranges.length === 0 ? <p className="py-2 text-stone-600">{emptyText}</p> : null}
      {ranges.map((range, index) => (
        <RangeRow
          key={range.key}
          name={`${name} hours${ranges.length > 1 ? ` ${index + 1}` : ""}`}
          day={day}
          range={range}
          errors={errors}
          errorBase={`${baseId}-${range.key}`}
          dispatch={dispatch}
        />
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          aria-label={`Add hours on ${name}`}
          onClick={() => dispatch({ type: "rangeAdded", day })}
        >
          Add hours
        </Button>
      </div>
    </div>
  );
}
