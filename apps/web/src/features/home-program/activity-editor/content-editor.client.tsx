"use client";

import { ROUTINES, type ActivityContent, type Routine } from "@carryover/domain/home-program";
import { TextField } from "@carryover/ui";

import type { EditorProps } from "./activity-types";
import {
  ChoiceField,
  fieldAt,
  FieldGroup,
  ItemText,
  NumberField,
  optionsOf,
  TextAreaField,
} from "./controls.client";
import { ROUTINE_LABELS } from "./labels";
import { ListEditor, type ListEditorProps } from "./list-editor.client";

export type ContentEditorProps = EditorProps<ActivityContent> & {
  /** Where the content sits in `fieldErrors`; "content" in an activity. */
  errorPath?: string;
};

const ROUTINE_OPTIONS = optionsOf(ROUTINES, ROUTINE_LABELS);

type SectionProps = {
  value: ActivityContent;
  set: <Key extends keyof ActivityContent>(key: Key, next: ActivityContent[Key]) => void;
  at: (path: string) => ReturnType<typeof fieldAt>;
  fieldErrors: ContentEditorProps["fieldErrors"];
  errorPath: string;
  disabled?: boolean;
};

/** What the parent reads: the name, the steps, why it works, when, for whom, with what. */
export function ContentEditor({
  value,
  onChange,
  fieldErrors,
  idPrefix,
  disabled,
  errorPath = "content",
}: ContentEditorProps) {
  const section: SectionProps = {
    value,
    set: (key, next) => onChange({ ...value, [key]: next }),
    at: (path) => fieldAt(idPrefix, fieldErrors, `${errorPath}.${path}`),
    fieldErrors,
    errorPath,
    disabled,
  };
  return (
    <div className="flex flex-col gap-8">
      <FamilyReadsFields {...section} />
      <WhenAndForWhomFields {...section} />
      <MaterialsAndGoalsFields {...section} />
    </div>
  );
}

function FamilyReadsFields({ value, set, at, fieldErrors, errorPath, disabled }: SectionProps) {
  return (
    <FieldGroup legend="What the family reads" disabled={disabled}>
      <TextField
        label="Title"
        required
        maxLength={120}
        hint="A short name the family will recognise, such as “Buttoning, big to small”."
        value={value.title}
        onChange={(event) => set("title", event.target.value)}
        {...at("title")}
      />
      <TextAreaField
        label="Summary"
        rows={2}
        maxLength={200}
        hint="One line a tired parent understands at a glance."
        value={value.summary}
        onChange={(event) => set("summary", event.target.value)}
        {...at("summary")}
      />
      <TextListEditor
        listId={at("steps").id}
        legend="Steps for the parent"
        description="In order, in plain words. Each step is shown numbered."
        itemName="step"
        items={value.steps}
        onChange={(steps) => set("steps", steps)}
        max={15}
        addLabel="Add a step"
        error={at("steps").error}
        emptyText="No steps yet."
        itemPath={`${errorPath}.steps`}
        itemMaxLength={300}
        itemRows={2}
        fieldErrors={fieldErrors}
      />
      <TextAreaField
        label="Why it works"
        rows={4}
        maxLength={1200}
        hint="What the family gains and why this way, in a few warm sentences."
        value={value.why}
        onChange={(event) => set("why", event.target.value)}
        {...at("why")}
      />
    </FieldGroup>
  );
}

function WhenAndForWhomFields({ value, set, at, disabled }: SectionProps) {
  const setRoutine = (routine: Routine) =>
    set(
      "anchor",
      routine === "custom" ? { ...value.anchor, routine } : { routine, customLabel: undefined },
    );
  return (
    <FieldGroup legend="When and for whom" disabled={disabled}>
      <div className="grid gap-4 sm:grid-cols-2">
        <ChoiceField
          label="Routine it belongs to"
          hint="The same point of the day, every day."
          value={value.anchor.routine}
          onChange={setRoutine}
          options={ROUTINE_OPTIONS}
          {...at("anchor.routine")}
        />
        {value.anchor.routine === "custom" ? (
          <TextField
            label="Name of the routine"
            required
            maxLength={60}
            hint="For example “Walk to the bus”."
            value={value.anchor.customLabel ?? ""}
            onChange={(event) =>
              set("anchor", {
                ...value.anchor,
                customLabel: event.target.value === "" ? undefined : event.target.value,
              })
            }
            {...at("anchor.customLabel")}
          />
        ) : null}
      </div>
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-3">
        <NumberField
          label="Minutes a day"
          className="col-span-2 sm:col-span-1"
          min={1}
          max={60}
          step={1}
          value={value.minutes}
          onChange={(minutes) => set("minutes", minutes)}
          {...at("minutes")}
        />
        <NumberField
          label="Youngest age (years)"
          min={0}
          max={18}
          step={1}
          value={value.ages.min}
          onChange={(min) => set("ages", { ...value.ages, min })}
          {...at("ages.min")}
        />
        <NumberField
          label="Oldest age (years)"
          min={0}
          max={18}
          step={1}
          value={value.ages.max}
          onChange={(max) => set("ages", { ...value.ages, max })}
          {...at("ages.max")}
        />
      </div>
    </FieldGroup>
  );
}

function MaterialsAndGoalsFields({
  value,
  set,
  at,
  fieldErrors,
  errorPath,
  disabled,
}: SectionProps) {
  return (
    <FieldGroup legend="Materials and goals" disabled={disabled}>
      <TextListEditor
        listId={at("materials").id}
        legend="Materials"
        description="What the family needs to have ready. Leave empty when nothing is needed."
        itemName="material"
        items={value.materials}
        onChange={(materials) => set("materials", materials)}
        max={15}
        addLabel="Add a material"
        error={at("materials").error}
        emptyText="Nothing needed."
        itemPath={`${errorPath}.materials`}
        itemMaxLength={80}
        fieldErrors={fieldErrors}
      />
      <TextListEditor
        listId={at("goals").id}
        legend="Goals it serves"
        description="In the family's words, such as “buttoning” or “calmer homework start”. Searchable in the library."
        itemName="goal"
        items={value.goals}
        onChange={(goals) => set("goals", goals)}
        max={8}
        addLabel="Add a goal"
        error={at("goals").error}
        emptyText="No goals yet."
        itemPath={`${errorPath}.goals`}
        itemMaxLength={60}
        fieldErrors={fieldErrors}
      />
    </FieldGroup>
  );
}

/** A list of one-line (or `itemRows`-row) texts, each labelled by its heading. */
function TextListEditor({
  itemPath,
  itemMaxLength,
  itemRows,
  fieldErrors,
  ...list
}: Omit<ListEditorProps<string>, "newItem" | "single" | "renderItem"> & {
  /** Where the items sit in `fieldErrors`; each is "<itemPath>.<index>". */
  itemPath: string;
  itemMaxLength: number;
  itemRows?: number;
  fieldErrors: ContentEditorProps["fieldErrors"];
}) {
  return (
    <ListEditor
      {...list}
      newItem={() => ""}
      single
      renderItem={({ item, itemId, update, index }) => (
        <ItemText
          id={itemId}
          name={`${itemPath}.${index}`}
          rows={itemRows}
          maxLength={itemMaxLength}
          value={item}
          onChange={update}
          error={fieldErrors?.[`${itemPath}.${index}`]}
        />
      )}
    />
  );
}
