"use client";

import type { EditorProps, RoutinePracticeStructure } from "./activity-types";
import { fieldAt, FieldGroup, NumberField } from "./controls.client";

export type RoutinePracticeEditorProps = EditorProps<RoutinePracticeStructure> & {
  /** Where the structure sits in `fieldErrors`; "structure" in an activity. */
  errorPath?: string;
};

/** The dose of practice inside the routine: minutes a time, days a week. */
export function RoutinePracticeEditor({
  value,
  onChange,
  fieldErrors,
  idPrefix,
  disabled,
  errorPath = "structure",
}: RoutinePracticeEditorProps) {
  const at = (path: string) => fieldAt(idPrefix, fieldErrors, `${errorPath}.${path}`);
  return (
    <FieldGroup
      legend="How much practice"
      description="Short and often works best: 5 to 10 minutes at the same point of the routine."
      disabled={disabled}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          label="Minutes each time"
          min={1}
          max={60}
          step={1}
          value={value.minutes}
          onChange={(minutes) => onChange({ ...value, minutes })}
          {...at("minutes")}
        />
        <NumberField
          label="Days a week"
          min={1}
          max={7}
          step={1}
          value={value.daysPerWeek}
          onChange={(daysPerWeek) => onChange({ ...value, daysPerWeek })}
          {...at("daysPerWeek")}
        />
      </div>
    </FieldGroup>
  );
}
