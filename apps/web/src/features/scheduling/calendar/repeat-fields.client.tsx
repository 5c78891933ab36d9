"use client";

import { SelectField, TextField } from "@carryover/ui";

import { calendarWeekday } from "~/lib/time";
import {
  REPEAT_OPTIONS,
  repeats,
  type RepeatEvery,
  type RepeatField,
  type RepeatValues,
} from "./series-request";

/** How a new session repeats: never, or every N weeks on its weekday, for a count or until a date. */
export function RepeatFields({
  date,
  value,
  onChange,
  errors,
}: {
  /** The first session's date: the series repeats on its weekday. */
  date: string;
  value: RepeatValues;
  onChange: (value: RepeatValues) => void;
  errors: Partial<Record<RepeatField, string>>;
}) {
  const weekday = /^\d{4}-\d{2}-\d{2}$/.test(date) ? calendarWeekday(date, "long") : null;
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-stone-300 p-4">
      <legend className="px-1 font-medium text-stone-900">Repeat</legend>
      <SelectField
        label="Repeats"
        name="repeatEvery"
        value={value.every}
        onChange={(event) => onChange({ ...value, every: event.target.value as RepeatEvery })}
        hint={
          repeats(value) && weekday
            ? `On ${weekday}s at the same local time. You see any clashes before anything is booked.`
            : undefined
        }
        options={REPEAT_OPTIONS}
      />
      {repeats(value) ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Ends"
            name="repeatEnds"
            value={value.ends}
            onChange={(event) =>
              onChange({ ...value, ends: event.target.value === "until" ? "until" : "count" })
            }
            options={[
              { value: "count", label: "After a number of sessions" },
              { value: "until", label: "On a date" },
            ]}
          />
          {value.ends === "count" ? (
            <TextField
              label="Number of sessions"
              name="repeatCount"
              type="number"
              inputMode="numeric"
              min={2}
              max={52}
              required
              value={value.count}
              onChange={(event) => onChange({ ...value, count: event.target.value })}
              error={errors.count}
            />
          ) : (
            <TextField
              label="Last date"
              name="repeatUntil"
              type="date"
              required
              min={date}
              value={value.until}
              onChange={(event) => onChange({ ...value, until: event.target.value })}
              error={errors.until}
            />
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
