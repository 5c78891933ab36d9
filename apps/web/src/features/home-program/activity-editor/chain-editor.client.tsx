"use client";

import { PROMPT_LEVELS } from "@carryover/domain/home-program";
import { SelectField, TextField } from "@carryover/ui";

import type { ChainStructure, EditorProps } from "./activity-types";
import { ChoiceField, fieldAt, FieldGroup, NumberField, optionsOf } from "./controls.client";
import { CHAIN_DIRECTIONS, DIRECTION_LABELS, PROMPT_LABELS } from "./labels";
import { startAfterRemove } from "./list-edit";
import { ListEditor } from "./list-editor.client";

export type ChainEditorProps = EditorProps<ChainStructure> & {
  /** Where the structure sits in `fieldErrors`; "structure" in an activity. */
  errorPath?: string;
};

const DIRECTION_OPTIONS = optionsOf(CHAIN_DIRECTIONS, DIRECTION_LABELS);
const PROMPT_OPTIONS = optionsOf(PROMPT_LEVELS, PROMPT_LABELS);

function childPartInWords({ steps, childFrom }: ChainStructure): string | undefined {
  const last = steps.length;
  if (childFrom < 0 || childFrom >= last) return undefined;
  const part = childFrom === last - 1 ? `step ${last}` : `steps ${childFrom + 1} to ${last}`;
  return childFrom === 0
    ? "The child does every step alone."
    : `The child does ${part} alone; the adult does the steps before.`;
}

/** A task as a chain of steps, the help each step needs now, and the part the child does alone. */
export function ChainEditor({
  value,
  onChange,
  fieldErrors,
  idPrefix,
  disabled,
  errorPath = "structure",
}: ChainEditorProps) {
  const at = (path: string) => fieldAt(idPrefix, fieldErrors, `${errorPath}.${path}`);
  const childFromOptions = value.steps.map((step, index) => ({
    value: String(index),
    label: `Child does from step ${index + 1}${step.title.trim() ? ` (${step.title.trim()})` : ""}`,
  }));

  return (
    <div className="flex flex-col gap-8">
      <FieldGroup legend="Steps of the task" disabled={disabled}>
        <ChoiceField
          label="Chaining"
          hint="Backward chaining suits most self-care tasks: the child always finishes, which is its own reward."
          value={value.direction}
          onChange={(direction) => onChange({ ...value, direction })}
          options={DIRECTION_OPTIONS}
          {...at("direction")}
        />
        <ListEditor
          listId={at("steps").id}
          legend="Steps, first to last"
          description="One target task at a time. For each step, choose the help the child needs now."
          itemName="step"
          items={value.steps}
          onChange={(steps, change) =>
            onChange({
              ...value,
              steps,
              childFrom:
                change.type === "remove"
                  ? startAfterRemove(value.childFrom, change.index, steps.length)
                  : value.childFrom,
            })
          }
          newItem={(): ChainStructure["steps"][number] => ({ title: "", prompt: "physical" })}
          max={20}
          addLabel="Add a step"
          error={at("steps").error}
          renderItem={({ item, itemId, index, update }) => (
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                id={`${itemId}-title`}
                name={`${errorPath}.steps.${index}.title`}
                label="What happens"
                maxLength={120}
                value={item.title}
                onChange={(event) => update({ ...item, title: event.target.value })}
                error={fieldErrors?.[`${errorPath}.steps.${index}.title`]}
              />
              <ChoiceField
                id={`${itemId}-prompt`}
                name={`${errorPath}.steps.${index}.prompt`}
                label="Help needed now"
                value={item.prompt}
                onChange={(prompt) => update({ ...item, prompt })}
                options={PROMPT_OPTIONS}
                error={fieldErrors?.[`${errorPath}.steps.${index}.prompt`]}
              />
            </div>
          )}
        />
      </FieldGroup>

      <FieldGroup legend="The child's part" disabled={disabled}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Where the child takes over"
            hint={childPartInWords(value)}
            options={childFromOptions}
            value={String(value.childFrom)}
            onChange={(event) => onChange({ ...value, childFrom: Number(event.target.value) })}
            {...at("childFrom")}
          />
          <NumberField
            label="Completions alone before taking one more step"
            min={1}
            max={10}
            step={1}
            hint="Three in a row is the usual rule."
            value={value.masteryStreak}
            onChange={(masteryStreak) => onChange({ ...value, masteryStreak })}
            {...at("masteryStreak")}
          />
        </div>
      </FieldGroup>
    </div>
  );
}
