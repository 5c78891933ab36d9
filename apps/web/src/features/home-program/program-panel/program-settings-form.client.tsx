"use client";

import type { Dispatch, RefObject } from "react";

import { Alert, Button, CheckboxField, TextField } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { localTime } from "~/lib/time";
import {
  GUARDIAN_OPTIONS,
  MAX_GOALS,
  type RoutineInUse,
  type SettingsAction,
  type SettingsDraft,
  type SettingsErrors,
  type SettingsMode,
} from "./program-settings-state";

type SectionProps = {
  draft: SettingsDraft;
  errors: SettingsErrors;
  dispatch: Dispatch<SettingsAction>;
};

/** The settings being edited: everything for the therapist, the routine times for a guardian. */
export function ProgramSettingsForm({
  formRef,
  editing,
  draft,
  errors,
  routines,
  problem,
  saving,
  dispatch,
  onSave,
}: SectionProps & {
  formRef: RefObject<HTMLFormElement | null>;
  editing: SettingsMode;
  routines: RoutineInUse[];
  problem: string | null;
  saving: boolean;
  onSave: () => void;
}) {
  return (
    <form
      ref={formRef}
      noValidate
      className="flex flex-col gap-5"
      aria-label="Edit the program settings"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {editing === "all" ? (
        <>
          <GoalsFieldset draft={draft} errors={errors} dispatch={dispatch} />
          <DoseFields draft={draft} errors={errors} dispatch={dispatch} />
          <GuardianPermissionsFieldset draft={draft} dispatch={dispatch} />
        </>
      ) : null}
      {routines.length > 0 ? (
        <RoutineTimesFieldset
          draft={draft}
          errors={errors}
          dispatch={dispatch}
          routines={routines}
        />
      ) : null}
      {problem ? (
        <Alert tone="error" title="Not saved yet">
          <p>{problem}</p>
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={saving}>
          Save
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => dispatch({ type: "cancelled" })}
          disabled={saving}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}

function GoalsFieldset({ draft, errors, dispatch }: SectionProps) {
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 font-semibold text-stone-900">Goals</legend>
      {draft.goals.map((goal, index) => (
        <div
          key={goal.id}
          className="grid gap-3 rounded-lg border border-stone-200 p-3 sm:grid-cols-2"
        >
          <TextField
            label={`Goal ${index + 1} in the family's words`}
            name={`goal-${index}-family`}
            value={goal.familyWords}
            maxLength={200}
            required
            error={errors[`goals.${index}.familyWords`]}
            onChange={(e) =>
              dispatch({ type: "goalWorded", index, wording: "familyWords", text: e.target.value })
            }
          />
          <TextField
            label={`Goal ${index + 1}, clinical wording`}
            name={`goal-${index}-clinical`}
            value={goal.clinicalWording}
            maxLength={300}
            required
            error={errors[`goals.${index}.clinicalWording`]}
            onChange={(e) =>
              dispatch({
                type: "goalWorded",
                index,
                wording: "clinicalWording",
                text: e.target.value,
              })
            }
          />
          {draft.goals.length > 1 ? (
            <Button
              type="button"
              size="sm"
              variant="ghost"
              className="justify-self-start"
              onClick={() => dispatch({ type: "goalRemoved", index })}
            >
              Remove goal {index + 1}
            </Button>
          ) : null}
        </div>
      ))}
      {draft.goals.length < MAX_GOALS ? (
        <Button
          type="button"
          size="sm"
          variant="secondary"
          className="self-start"
          onClick={() => dispatch({ type: "goalAdded", now: Date.now() })}
        >
          Add a goal
        </Button>
      ) : null}
    </fieldset>
  );
}

function DoseFields({ draft, errors, dispatch }: SectionProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <TextField
        label="Minutes a day"
        name="minutesPerDay"
        type="number"
        inputMode="numeric"
        min={1}
        max={120}
        required
        value={draft.minutesPerDay}
        error={errors.minutesPerDay}
        onChange={(e) =>
          dispatch({ type: "doseChanged", field: "minutesPerDay", value: e.target.valueAsNumber })
        }
      />
      <TextField
        label="Days a week"
        name="daysPerWeek"
        type="number"
        inputMode="numeric"
        min={1}
        max={7}
        required
        value={draft.daysPerWeek}
        error={errors.daysPerWeek}
        onChange={(e) =>
          dispatch({ type: "doseChanged", field: "daysPerWeek", value: e.target.valueAsNumber })
        }
      />
      <TextField
        label="Start date"
        name="startDate"
        type="date"
        required
        value={draft.startDate}
        error={errors.startDate}
        onChange={(e) => dispatch({ type: "startDateChanged", startDate: e.target.value })}
      />
    </div>
  );
}

function GuardianPermissionsFieldset({ draft, dispatch }: Omit<SectionProps, "errors">) {
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-semibold text-stone-900">
        Guardians with edit permission may change
      </legend>
      {GUARDIAN_OPTIONS.map((option) => (
        <CheckboxField
          key={option.value}
          name={`guardian-${option.value}`}
          label={option.label}
          hint={option.hint}
          checked={draft.guardianEditable.includes(option.value)}
          onChange={(e) =>
            dispatch({
              type: "guardianEditableChanged",
              value: option.value,
              allowed: e.target.checked,
            })
          }
        />
      ))}
      <p className="text-sm text-stone-600">Guardians can always add what they noticed.</p>
    </fieldset>
  );
}

function RoutineTimesFieldset({
  draft,
  errors,
  dispatch,
  routines,
}: SectionProps & { routines: RoutineInUse[] }) {
  const cycle = useHourCycle();
  return (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className="mb-2 font-semibold text-stone-900">Routine times at home</legend>
      {routines.map((r) => (
        <TextField
          key={r.key}
          label={r.label}
          name={`time-${r.key}`}
          type="time"
          hint={r.usual ? `Usually ${localTime(r.usual, cycle)}` : undefined}
          value={draft.routineTimes[r.key] ?? r.usual}
          error={errors[`routineTimes.${r.key}`]}
          onChange={(e) =>
            dispatch({ type: "routineTimeChanged", routine: r.key, time: e.target.value })
          }
        />
      ))}
    </fieldset>
  );
}
