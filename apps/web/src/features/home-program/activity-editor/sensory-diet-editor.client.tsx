"use client";

import { REGULATION_CATEGORIES } from "@carryover/domain/home-program";
import { TextField } from "@carryover/ui";

import type {
  ActivityFieldErrors,
  EditorProps,
  SensoryDietStructure,
  SensoryMoment,
} from "./activity-types";
import { ChoiceField, fieldAt, FieldGroup, NumberField, optionsOf } from "./controls.client";
import { CATEGORY_LABELS } from "./labels";
import { ListEditor } from "./list-editor.client";
import { fieldId } from "./validate-activity";

const CATEGORY_OPTIONS = optionsOf(REGULATION_CATEGORIES, CATEGORY_LABELS);

export type SensoryMomentsEditorProps = {
  value: readonly SensoryMoment[];
  onChange: (next: SensoryMoment[]) => void;
  fieldErrors?: ActivityFieldErrors;
  idPrefix: string;
  disabled?: boolean;
  /** Where the moments sit in `fieldErrors`; "structure.moments" in an activity. */
  errorPath?: string;
};

/** The day's predictable hard moments: what a guardian with edit permission may change. */
export function SensoryMomentsEditor({
  value,
  onChange,
  fieldErrors,
  idPrefix,
  disabled,
  errorPath = "structure.moments",
}: SensoryMomentsEditorProps) {
  return (
    <ListEditor
      listId={fieldId(idPrefix, errorPath)}
      legend="Hard moments of the day"
      description="Times that are predictably hard, such as waking to school-ready, after pickup or before homework."
      itemName="moment"
      items={value}
      onChange={onChange}
      newItem={() => ({ time: "", label: "" })}
      max={8}
      addLabel="Add a moment"
      error={fieldErrors?.[errorPath]}
      disabled={disabled}
      renderItem={({ item, itemId, index, update }) => (
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          <TextField
            id={`${itemId}-time`}
            name={`${errorPath}.${index}.time`}
            type="time"
            step={300}
            label="Time"
            value={item.time}
            onChange={(event) => update({ ...item, time: event.target.value })}
            error={fieldErrors?.[`${errorPath}.${index}.time`]}
          />
          <TextField
            id={`${itemId}-label`}
            name={`${errorPath}.${index}.label`}
            label="What happens then"
            maxLength={60}
            value={item.label}
            onChange={(event) => update({ ...item, label: event.target.value })}
            error={fieldErrors?.[`${errorPath}.${index}.label`]}
          />
        </div>
      )}
    />
  );
}

export type SensoryDietEditorProps = EditorProps<SensoryDietStructure> & {
  /** Where the structure sits in `fieldErrors`; "structure" in an activity. */
  errorPath?: string;
  /** Only the hard moments, for a guardian who may change those and nothing else. */
  momentsOnly?: boolean;
};

/** Hard moments, a menu of regulation activities, and when and how long they run. */
export function SensoryDietEditor({
  value,
  onChange,
  fieldErrors,
  idPrefix,
  disabled,
  errorPath = "structure",
  momentsOnly = false,
}: SensoryDietEditorProps) {
  const at = (path: string) => fieldAt(idPrefix, fieldErrors, `${errorPath}.${path}`);
  const moments = (
    <SensoryMomentsEditor
      value={value.moments}
      onChange={(next) => onChange({ ...value, moments: next })}
      fieldErrors={fieldErrors}
      idPrefix={idPrefix}
      disabled={disabled}
      errorPath={`${errorPath}.moments`}
    />
  );
  if (momentsOnly) return moments;

  return (
    <div className="flex flex-col gap-8">
      <FieldGroup legend="When regulation comes first" disabled={disabled}>
        {moments}
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField
            label="Start this many minutes before each moment"
            hint="Usually 15 to 20 minutes."
            min={5}
            max={60}
            step={1}
            value={value.leadMinutes}
            onChange={(leadMinutes) => onChange({ ...value, leadMinutes })}
            {...at("leadMinutes")}
          />
          <NumberField
            label="Minutes each regulation activity lasts"
            hint="Usually 5 to 8 minutes."
            min={2}
            max={30}
            step={1}
            value={value.durationMinutes}
            onChange={(durationMinutes) => onChange({ ...value, durationMinutes })}
            {...at("durationMinutes")}
          />
        </div>
      </FieldGroup>

      <FieldGroup legend="Menu of regulation activities" disabled={disabled}>
        <ListEditor
          listId={at("menu").id}
          legend="Activities the family can choose from"
          description="Heavy work (carry, push, pull), something chewy or crunchy, or slow rhythmic movement."
          itemName="menu activity"
          itemPlural="menu activities"
          items={value.menu}
          onChange={(menu) => onChange({ ...value, menu })}
          newItem={(): SensoryDietStructure["menu"][number] => ({
            title: "",
            category: "heavy_work",
          })}
          max={12}
          addLabel="Add a menu activity"
          error={at("menu").error}
          renderItem={({ item, itemId, index, update }) => (
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                id={`${itemId}-title`}
                name={`${errorPath}.menu.${index}.title`}
                label="Activity"
                maxLength={120}
                value={item.title}
                onChange={(event) => update({ ...item, title: event.target.value })}
                error={fieldErrors?.[`${errorPath}.menu.${index}.title`]}
              />
              <ChoiceField
                id={`${itemId}-category`}
                name={`${errorPath}.menu.${index}.category`}
                label="Kind of input"
                value={item.category}
                onChange={(category) => update({ ...item, category })}
                options={CATEGORY_OPTIONS}
                error={fieldErrors?.[`${errorPath}.menu.${index}.category`]}
              />
            </div>
          )}
        />
      </FieldGroup>
    </div>
  );
}
