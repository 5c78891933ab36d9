"use client";

import type { Dispatch } from "react";

import { Card } from "@carryover/ui";

import { WEEKDAYS, type Draft } from "./availability-draft";
import { type AvailabilityEditorAction } from "./availability-editor-state";
import { DayRanges } from "./day-ranges.client";

/** Monday to Sunday, each with its stretches of working hours. */
export function WeeklyHours({
  weekly,
  errors,
  dispatch,
}: {
  weekly: Draft["weekly"];
  errors: Map<string, string> | null;
  dispatch: Dispatch<AvailabilityEditorAction>;
}) {
  return (
    <Card
      title="Weekly hours"
      description="Add one or more stretches of time for each day you work. A day with no hours can't be booked."
    >
      <div className="divide-y divide-stone-200">
        {WEEKDAYS.map(({ day, name }) => (
          <fieldset key={day} className="grid gap-2 py-4 sm:grid-cols-[9rem_1fr]">
            <legend className="sr-only">{name}</legend>
            <p
              aria-hidden="true"
              className="min-h-11 content-center self-start font-medium text-stone-900"
            >
              {name}
            </p>
            <DayRanges
              name={name}
              day={{ weekday: day }}
              ranges={weekly[day]}
              errors={errors}
              emptyText="Not working"
              dispatch={dispatch}
            />
          </fieldset>
        ))}
      </div>
    </Card>
  );
}
