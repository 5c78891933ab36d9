"use client";

import { useId, useState } from "react";

import { Button } from "@carryover/ui";

import {
  entryProblem,
  MAX_MINUTES,
  MIN_MINUTES,
  oneMinuteLess,
  oneMinuteMore,
  routineEntry,
  routineSaveLabel,
  type SaveLog,
  type Structure,
} from "./log-entries";
import { LogForm } from "./log-form.client";

export function RoutineLog({
  activityId,
  structure,
  onSave,
}: {
  activityId: string;
  structure: Structure<"routine_practice">;
  onSave: SaveLog;
}) {
  const id = useId();
  const [minutes, setMinutes] = useState(structure.minutes);
  const problem = entryProblem(routineEntry(minutes));
  const valid = problem === null;
  return (
    <LogForm
      activityId={activityId}
      canSave={valid}
      saveLabel={routineSaveLabel(minutes)}
      onSave={(extras) => onSave(routineEntry(minutes), extras)}
    >
      <div className="flex items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-minutes`} className="text-sm text-stone-700">
            Minutes practised
          </label>
          <input
            id={`${id}-minutes`}
            name="minutes"
            type="number"
            inputMode="numeric"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            value={Number.isNaN(minutes) ? "" : minutes}
            onChange={(e) => setMinutes(e.target.valueAsNumber)}
            aria-invalid={valid ? undefined : true}
            className="min-h-11 w-24 rounded-lg border border-stone-300 px-3 text-base"
          />
        </div>
        <Button
          type="button"
          variant="secondary"
          aria-label="One minute less"
          onClick={() => setMinutes(oneMinuteLess)}
        >
          −
        </Button>
        <Button
          type="button"
          variant="secondary"
          aria-label="One minute more"
          onClick={() => setMinutes(oneMinuteMore)}
        >
          +
        </Button>
      </div>
      {valid ? null : <p className="text-sm text-red-700">{problem}</p>}
    </LogForm>
  );
}
