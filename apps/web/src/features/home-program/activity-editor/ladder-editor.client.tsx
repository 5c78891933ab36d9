"use client";

import { Badge, SelectField, TextField } from "@carryover/ui";

import type { EditorProps, LadderStructure } from "./activity-types";
import { fieldAt, FieldGroup, NumberField, TextAreaField } from "./controls.client";
import { indexAfterMove, indexAfterRemove, type ListChange } from "./list-edit";
import { ListEditor } from "./list-editor.client";

export type LadderEditorProps = EditorProps<LadderStructure> & {
  /** Where the structure sits in `fieldErrors`; "structure" in an activity. */
  errorPath?: string;
};

const percentOf = (rate: number) => Math.round(rate * 100);

/** Whole percentages in steps of 5, plus the current one when it falls between. */
function percentOptions(from: number, to: number, rate: number) {
  const current = percentOf(rate);
  const values = new Set<number>();
  for (let p = from; p <= to; p += 5) values.add(p);
  if (Number.isFinite(current)) values.add(current);
  return [...values].sort((a, b) => a - b).map((p) => ({ value: String(p), label: `${p}%` }));
}

function currentAfter(current: number, change: ListChange, length: number) {
  if (change.type === "move") return indexAfterMove(current, change.index, change.offset, length);
  if (change.type === "remove") return indexAfterRemove(current, change.index, length - 1);
  return current;
}

type SectionProps = LadderEditorProps & {
  at: (path: string) => ReturnType<typeof fieldAt>;
  errorPath: string;
};

/** Graded levels, easiest first; the level the child practises now; the rule for moving. */
export function LadderEditor({ errorPath = "structure", ...props }: LadderEditorProps) {
  const section: SectionProps = {
    ...props,
    errorPath,
    at: (path) => fieldAt(props.idPrefix, props.fieldErrors, `${errorPath}.${path}`),
  };
  return (
    <div className="flex flex-col gap-8">
      <FieldGroup legend="Levels" disabled={props.disabled}>
        <LevelsList {...section} />
        <CurrentLevelFieldset {...section} />
      </FieldGroup>
      <LadderRuleFields {...section} />
    </div>
  );
}

function LevelsList({ value, onChange, fieldErrors, at, errorPath }: SectionProps) {
  return (
    <ListEditor
      listId={at("levels").id}
      legend="Levels, easiest first"
      description="Each level says what changes: less help, a smaller size, more speed or a busier place."
      itemName="level"
      items={value.levels}
      onChange={(levels, change) =>
        onChange({
          ...value,
          levels,
          currentLevel: currentAfter(value.currentLevel, change, value.levels.length),
        })
      }
      newItem={() => ({ title: "", change: "" })}
      max={12}
      addLabel="Add a level"
      error={at("levels").error}
      itemBadge={(index) =>
        index === value.currentLevel ? <Badge tone="brand">Practising now</Badge> : null
      }
      renderItem={({ item, itemId, index, update }) => (
        <>
          <TextField
            id={`${itemId}-title`}
            name={`${errorPath}.levels.${index}.title`}
            label="What the child does"
            maxLength={120}
            value={item.title}
            onChange={(event) => update({ ...item, title: event.target.value })}
            error={fieldErrors?.[`${errorPath}.levels.${index}.title`]}
          />
          <TextAreaField
            id={`${itemId}-change`}
            name={`${errorPath}.levels.${index}.change`}
            label="What changes at this level"
            rows={2}
            maxLength={300}
            value={item.change}
            onChange={(event) => update({ ...item, change: event.target.value })}
            error={fieldErrors?.[`${errorPath}.levels.${index}.change`]}
          />
        </>
      )}
    />
  );
}

function CurrentLevelFieldset({ value, onChange, at }: SectionProps) {
  const current = at("currentLevel");
  return (
    <fieldset
      id={current.id}
      tabIndex={-1}
      aria-describedby={current.error ? `${current.id}-error` : undefined}
      className="min-w-0 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-brand-600"
    >
      <legend className="font-semibold text-stone-900">The level the child practises now</legend>
      {current.error ? (
        <p id={`${current.id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {current.error}
        </p>
      ) : null}
      <div className="mt-2 flex flex-col gap-1">
        {value.levels.map((level, index) => (
          <label
            key={index}
            htmlFor={`${current.id}-${index}`}
            className="flex min-h-11 cursor-pointer items-center gap-3 text-stone-900"
          >
            <input
              type="radio"
              id={`${current.id}-${index}`}
              name={current.name}
              checked={value.currentLevel === index}
              onChange={() => onChange({ ...value, currentLevel: index })}
              className="size-5 shrink-0 cursor-pointer accent-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            />
            <span>
              Level {index + 1}
              {level.title.trim() ? `: ${level.title.trim()}` : ""}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function LadderRuleFields({ value, onChange, at, disabled }: SectionProps) {
  const setRule = (rule: Partial<LadderStructure["rule"]>) =>
    onChange({ ...value, rule: { ...value.rule, ...rule } });
  return (
    <FieldGroup
      legend="When to move up or down"
      description="Carryover checks this after each logged session and suggests the move; you decide."
      disabled={disabled}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Move up when the child succeeds in at least"
          hint="Of the tries in a session."
          options={percentOptions(60, 100, value.rule.stepUpRate)}
          value={String(percentOf(value.rule.stepUpRate))}
          onChange={(event) => setRule({ stepUpRate: Number(event.target.value) / 100 })}
          {...at("rule.stepUpRate")}
        />
        <NumberField
          label="…in this many sessions in a row"
          min={1}
          max={10}
          step={1}
          value={value.rule.stepUpSessions}
          onChange={(stepUpSessions) => setRule({ stepUpSessions })}
          {...at("rule.stepUpSessions")}
        />
        <SelectField
          label="Move down one level when a session is below"
          options={percentOptions(0, 90, value.rule.stepDownBelowRate)}
          value={String(percentOf(value.rule.stepDownBelowRate))}
          onChange={(event) => setRule({ stepDownBelowRate: Number(event.target.value) / 100 })}
          {...at("rule.stepDownBelowRate")}
        />
        <NumberField
          label="Fewest tries for a session to count"
          min={1}
          max={50}
          step={1}
          value={value.rule.minAttempts}
          onChange={(minAttempts) => setRule({ minAttempts })}
          {...at("rule.minAttempts")}
        />
      </div>
    </FieldGroup>
  );
}
