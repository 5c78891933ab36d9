"use client";

import type { Dispatch } from "react";

import { Button, Card, EmptyState, SelectField, TextField } from "@carryover/ui";

import { longDate } from "~/lib/time";
import { upcomingOverrides, type Override } from "./availability-draft";
import {
  type AvailabilityEditorAction,
  type AvailabilityEditorState,
} from "./availability-editor-state";
import { DayRanges } from "./day-ranges.client";

type Props = {
  state: AvailabilityEditorState;
  /** Today in the therapist's zone ("YYYY-MM-DD"). */
  today: string;
  dispatch: Dispatch<AvailabilityEditorAction>;
};

function AddDate({ state, today, dispatch }: Props) {
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-200 p-4">
      <legend className="px-1 font-medium text-stone-900">Add a date</legend>
      <div className="flex flex-wrap items-start gap-3">
        <TextField
          label="Date"
          name="overrideDate"
          type="date"
          min={today}
          value={state.newDate}
          onChange={(event) => dispatch({ type: "newDateTyped", date: event.target.value })}
          error={state.newDateError}
        />
        <SelectField
          label="That day"
          name="overrideKind"
          value={state.newKind}
          onChange={(event) =>
            dispatch({
              type: "newKindChosen",
              kind: event.target.value === "hours" ? "hours" : "off",
            })
          }
          options={[
            { value: "off", label: "Day off" },
            { value: "hours", label: "Different hours" },
          ]}
        />
        <Button
          type="button"
          variant="secondary"
          className="sm:mt-7"
          onClick={() => dispatch({ type: "overrideAdded", today })}
        >
          Add date
        </Button>
      </div>
    </fieldset>
  );
}

function OverrideItem({
  override,
  errors,
  dispatch,
}: {
  override: Override;
  errors: Map<string, string> | null;
  dispatch: Dispatch<AvailabilityEditorAction>;
}) {
  const name = longDate(override.date);
  return (
    <li className="flex flex-col gap-2 py-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium text-stone-900">
          {name}
          <span className="ml-2 font-normal text-stone-600">
            {override.ranges.length === 0 ? "Day off" : "Different hours"}
          </span>
        </p>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          aria-label={`Remove ${name} (back to the weekly hours)`}
          onClick={() => dispatch({ type: "overrideRemoved", overrideKey: override.key })}
        >
          Remove date
        </Button>
      </div>
      <DayRanges
        name={name}
        day={{ overrideKey: override.key }}
        ranges={override.ranges}
        errors={errors}
        emptyText="Day off: no one can book you on this date."
        dispatch={dispatch}
      />
    </li>
  );
}

/** Days off and one-off hours: a form to add a date, and the coming dates that differ. */
export function DatesThatDiffer({ state, today, dispatch }: Props) {
  const upcoming = upcomingOverrides(state.draft, today);
  const pastCount = state.draft.overrides.length - upcoming.length;
  return (
    <Card
      title="Dates that differ"
      description="A day off, or different hours on one date (a clinic event, a half day). A date here replaces that weekday's hours."
    >
      <div className="flex flex-col gap-6">
        <AddDate state={state} today={today} dispatch={dispatch} />

        {upcoming.length === 0 ? (
          <EmptyState
            title="No dates that differ"
            description="Every coming week follows your weekly hours."
          />
        ) : (
          <ul aria-label="Upcoming dates that differ" className="divide-y divide-stone-200">
            {upcoming.map((override) => (
              <OverrideItem
                key={override.key}
                override={override}
                errors={state.errors}
                dispatch={dispatch}
              />
            ))}
          </ul>
        )}
        {pastCount > 0 ? (
          <p className="text-sm text-stone-600">
            {pastCount === 1 ? "One past date is" : `${pastCount} past dates are`} kept for the
            record and not shown.
          </p>
        ) : null}
      </div>
    </Card>
  );
}
