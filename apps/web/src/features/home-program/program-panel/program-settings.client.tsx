"use client";

import { Alert, Button, Card } from "@carryover/ui";

import { IntakeRoutineTimes } from "~/features/forms/intake-routine-times.client";
import type { Program } from "~/features/home-program/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { ProgramSettingsForm } from "./program-settings-form.client";
import { describeTheirSettings, routinesInUse, type SettingsMode } from "./program-settings-state";
import { ProgramSettingsSummary } from "./program-settings-summary";
import { useProgramSettings } from "./use-program-settings.client";

/** The program's goals, dose, review points and routine times, and what guardians may change. */
export function ProgramSettings({
  childId,
  program,
  staff,
  canEdit,
}: {
  childId: string;
  program: Program;
  staff: boolean;
  canEdit: boolean;
}) {
  const { state, dispatch, formRef, save, saveOverTheirs, saving } = useProgramSettings(
    childId,
    program,
  );
  const guardianMaySetTimes =
    !staff && canEdit && program.guardianEditable.includes("routine_times");
  const routines = routinesInUse(program);
  const cycle = useHourCycle();
  const start = (mode: SettingsMode) => dispatch({ type: "started", mode, program });

  return (
    <Card
      title="Goals and dose"
      actions={
        state.editing ? null : staff ? (
          <Button type="button" size="sm" variant="secondary" onClick={() => start("all")}>
            Edit goals, dose and times
          </Button>
        ) : guardianMaySetTimes && routines.length > 0 ? (
          <Button type="button" size="sm" variant="secondary" onClick={() => start("times")}>
            Change routine times
          </Button>
        ) : null
      }
    >
      {state.conflict ? (
        <SettingsConflict
          theirs={state.conflict}
          busy={saving}
          onKeepTheirs={() => dispatch({ type: "keptTheirs" })}
          onSaveMine={saveOverTheirs}
        />
      ) : null}
      {state.editing && staff ? (
        <IntakeRoutineTimes
          childId={childId}
          routines={routines}
          onUse={(routine, time) => dispatch({ type: "routineTimeChanged", routine, time })}
        />
      ) : null}
      {state.editing ? (
        <ProgramSettingsForm
          formRef={formRef}
          editing={state.editing}
          draft={state.draft}
          errors={state.errors}
          routines={routines}
          problem={state.problem}
          saving={saving}
          dispatch={dispatch}
          onSave={save}
        />
      ) : (
        <ProgramSettingsSummary program={program} routines={routines} staff={staff} cycle={cycle} />
      )}
    </Card>
  );
}

/** Someone saved the settings while this editor had them open: theirs in brief, and the choice. */
function SettingsConflict({
  theirs,
  busy,
  onKeepTheirs,
  onSaveMine,
}: {
  theirs: Program;
  busy: boolean;
  onKeepTheirs: () => void;
  onSaveMine: (theirs: Program) => void;
}) {
  return (
    <Alert
      tone="warning"
      title="Someone else changed these settings while you were editing"
      className="mb-4"
    >
      <p>{describeTheirSettings(theirs, useHourCycle())}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" size="sm" variant="secondary" onClick={onKeepTheirs}>
          Keep theirs
        </Button>
        <Button type="button" size="sm" busy={busy} onClick={() => onSaveMine(theirs)}>
          Save mine over theirs
        </Button>
      </div>
    </Alert>
  );
}
