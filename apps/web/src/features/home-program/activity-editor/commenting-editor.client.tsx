"use client";

import type { DescriptiveCommentingStructure, EditorProps } from "./activity-types";
import { fieldAt, FieldGroup, NumberField } from "./controls.client";

export type CommentingEditorProps = EditorProps<DescriptiveCommentingStructure> & {
  /** Where the structure sits in `fieldErrors`; "structure" in an activity. */
  errorPath?: string;
};

/** How many descriptive comments the parent aims for per instruction or correction. */
export function CommentingEditor({
  value,
  onChange,
  fieldErrors,
  idPrefix,
  disabled,
  errorPath = "structure",
}: CommentingEditorProps) {
  return (
    <FieldGroup
      legend="The balance to aim for"
      description="Describing what the child does (“You're using three fingers on the pencil”) instead of directing."
      disabled={disabled}
    >
      <NumberField
        label="Descriptive comments for each instruction or correction"
        hint="At least 4 is the usual aim."
        className="sm:max-w-sm"
        min={1}
        max={10}
        step={0.5}
        inputMode="decimal"
        value={value.targetRatio}
        onChange={(targetRatio) => onChange({ ...value, targetRatio })}
        {...fieldAt(idPrefix, fieldErrors, `${errorPath}.targetRatio`)}
      />
    </FieldGroup>
  );
}
