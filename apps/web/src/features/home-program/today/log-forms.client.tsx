"use client";

import { useId, useState, type ReactNode } from "react";

import { meetsCommentTarget, type PracticeEntry } from "@carryover/domain/home-program";
import { Button, cn } from "@carryover/ui";

import type { ProgramActivity } from "~/features/home-program/types";

type Structure<K extends ProgramActivity["structure"]["kind"]> = Extract<
  ProgramActivity["structure"],
  { kind: K }
>;

export type LogExtras = { note?: string; mood?: "great" | "okay" | "hard"; minutes?: number };
export type SaveLog = (entry: PracticeEntry, extras: LogExtras) => void;

const MOOD_LABELS = { great: "Went well", okay: "Okay", hard: "Hard today" } as const;

/** The optional note and mood a parent may add to any log. */
function NoteAndMood({
  value,
  onChange,
}: {
  value: LogExtras;
  onChange: (next: LogExtras) => void;
}) {
  const id = useId();
  return (
    <details className="rounded-lg bg-stone-50 px-3 py-2">
      <summary className="min-h-11 cursor-pointer content-center text-sm font-medium text-stone-700">
        Add a note or how it went (optional)
      </summary>
      <fieldset className="mt-2 flex flex-wrap gap-2">
        <legend className="mb-1 text-sm text-stone-700">How did it go?</legend>
        {(Object.keys(MOOD_LABELS) as (keyof typeof MOOD_LABELS)[]).map((mood) => (
          <label
            key={mood}
            className={cn(
              "inline-flex min-h-11 cursor-pointer items-center rounded-full border px-4 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600",
              value.mood === mood
                ? "border-brand-700 bg-brand-50 font-medium text-brand-900"
                : "border-stone-300 bg-white",
            )}
          >
            <input
              type="radio"
              name={`${id}-mood`}
              className="sr-only"
              checked={value.mood === mood}
              onChange={() => onChange({ ...value, mood })}
            />
            {MOOD_LABELS[mood]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`} className="mt-3 block text-sm text-stone-700">
        Note for your therapist
      </label>
      <textarea
        id={`${id}-note`}
        rows={2}
        maxLength={1000}
        value={value.note ?? ""}
        onChange={(e) => onChange({ ...value, note: e.target.value })}
        className="mt-1 w-full rounded-lg border border-stone-300 px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-600 focus:outline-none"
      />
    </details>
  );
}

/** The shared shell: the kind's own controls, the note, and one save. */
function LogForm({
  children,
  canSave,
  saveLabel,
  onSave,
}: {
  children: ReactNode;
  canSave: boolean;
  saveLabel: string;
  onSave: (extras: LogExtras) => void;
}) {
  const [extras, setExtras] = useState<LogExtras>({});
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!canSave) return;
        onSave({ ...extras, note: extras.note?.trim() || undefined });
        setExtras({});
      }}
    >
      {children}
      <NoteAndMood value={extras} onChange={setExtras} />
      <Button type="submit" size="lg" disabled={!canSave}>
        {saveLabel}
      </Button>
    </form>
  );
}

function Counter({
  label,
  count,
  onTap,
  tone,
}: {
  label: string;
  count: number;
  onTap: () => void;
  tone: "success" | "help" | "notyet" | "neutral";
}) {
  const tones = {
    success: "border-green-300 bg-green-50 text-green-900 hover:bg-green-100",
    help: "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100",
    notyet: "border-stone-300 bg-white text-stone-800 hover:bg-stone-50",
    neutral: "border-brand-200 bg-brand-50 text-brand-900 hover:bg-brand-100",
  } as const;
  return (
    <button
      type="button"
      onClick={onTap}
      aria-label={`${label}: ${count}. Tap to add one.`}
      className={cn(
        "flex min-h-20 flex-1 flex-col items-center justify-center gap-1 rounded-xl border-2 px-2 py-2 text-center focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none",
        tones[tone],
      )}
    >
      <span className="text-3xl font-semibold tabular-nums" aria-hidden="true">
        {count}
      </span>
      <span className="text-sm font-medium" aria-hidden="true">
        {label}
      </span>
    </button>
  );
}

type Tap = "success" | "withHelp" | "notYet";

export function LadderLog({
  structure,
  minutes,
  onSave,
}: {
  structure: Structure<"ladder">;
  minutes: number;
  onSave: SaveLog;
}) {
  const [taps, setTaps] = useState<Tap[]>([]);
  const count = (t: Tap) => taps.filter((x) => x === t).length;
  const total = taps.length;
  const tap = (t: Tap) => setTaps((all) => (all.length >= 100 ? all : [...all, t]));
  return (
    <LogForm
      canSave={total > 0}
      saveLabel={
        total > 0 ? `Save ${total} ${total === 1 ? "try" : "tries"}` : "Tap a button for each try"
      }
      onSave={(extras) => {
        onSave(
          {
            kind: "ladder",
            level: structure.currentLevel,
            success: count("success"),
            withHelp: count("withHelp"),
            notYet: count("notYet"),
          },
          { minutes, ...extras },
        );
        setTaps([]);
      }}
    >
      <div className="flex gap-2" role="group" aria-label="Count each try">
        <Counter
          label="Did it"
          tone="success"
          count={count("success")}
          onTap={() => tap("success")}
        />
        <Counter
          label="With help"
          tone="help"
          count={count("withHelp")}
          onTap={() => tap("withHelp")}
        />
        <Counter
          label="Not yet"
          tone="notyet"
          count={count("notYet")}
          onTap={() => tap("notYet")}
        />
      </div>
      <p
        className="flex min-h-11 items-center justify-between gap-3 text-sm text-stone-700"
        aria-live="polite"
      >
        <span>
          {total === 0
            ? "Tap once for each try."
            : `${count("success")} of ${total} ${total === 1 ? "try" : "tries"} done alone.`}
        </span>
        {total > 0 ? (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            onClick={() => setTaps((t) => t.slice(0, -1))}
          >
            Undo last tap
          </Button>
        ) : null}
      </p>
    </LogForm>
  );
}

const CHAIN_OUTCOMES = [
  { value: "independent", label: "Did it alone", done: true },
  { value: "verbal", label: "With a reminder in words", done: true },
  { value: "model", label: "After I showed how", done: true },
  { value: "partial_physical", label: "With some hand help", done: true },
  { value: "physical", label: "With full hand help", done: true },
  { value: "not_done", label: "Not done", done: false },
] as const;
type ChainOutcome = (typeof CHAIN_OUTCOMES)[number]["value"];

export function ChainLog({
  structure,
  minutes,
  onSave,
}: {
  structure: Structure<"chain">;
  minutes: number;
  onSave: SaveLog;
}) {
  const id = useId();
  const childPart = structure.steps
    .map((step, index) => ({ ...step, index }))
    .filter((s) => s.index >= structure.childFrom);
  const initial = (): Record<number, ChainOutcome> =>
    Object.fromEntries(childPart.map((s) => [s.index, "independent"]));
  const [outcomes, setOutcomes] = useState<Record<number, ChainOutcome>>(initial);
  return (
    <LogForm
      canSave={childPart.length > 0}
      saveLabel="Save this try"
      onSave={(extras) => {
        onSave(
          {
            kind: "chain",
            childFrom: structure.childFrom,
            steps: childPart.map((s) => {
              const outcome = outcomes[s.index] ?? "independent";
              return outcome === "not_done"
                ? { index: s.index, done: false, prompt: "physical" }
                : { index: s.index, done: true, prompt: outcome };
            }),
          },
          { minutes, ...extras },
        );
        setOutcomes(initial());
      }}
    >
      <ol className="flex flex-col gap-2">
        {structure.steps.map((step, index) =>
          index < structure.childFrom ? (
            <li key={index} className="rounded-lg bg-stone-50 px-3 py-2 text-stone-600">
              <span className="font-medium">
                {index + 1}. {step.title}
              </span>
              <span className="block text-sm">You do this step together.</span>
            </li>
          ) : (
            <li key={index} className="rounded-lg border border-brand-200 px-3 py-2">
              <label htmlFor={`${id}-${index}`} className="block font-medium text-stone-900">
                {index + 1}. {step.title}
              </label>
              <select
                id={`${id}-${index}`}
                value={outcomes[index] ?? "independent"}
                onChange={(e) =>
                  setOutcomes((o) => ({ ...o, [index]: e.target.value as ChainOutcome }))
                }
                className="mt-1 min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base"
              >
                {CHAIN_OUTCOMES.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </li>
          ),
        )}
      </ol>
    </LogForm>
  );
}

export function RegulationLog({
  structure,
  moment,
  onSave,
}: {
  structure: Structure<"sensory_diet">;
  moment: string;
  onSave: SaveLog;
}) {
  const id = useId();
  const [choice, setChoice] = useState(structure.menu[0]?.title ?? "");
  const save = (outcome: "done" | "skipped") =>
    onSave(
      { kind: "sensory_diet", outcome, activityTitle: choice || undefined, moment },
      outcome === "done" ? { minutes: structure.durationMinutes } : {},
    );
  return (
    <div className="flex flex-col gap-3">
      <fieldset>
        <legend className="mb-2 text-sm text-stone-700">
          Pick one ({structure.durationMinutes} minutes):
        </legend>
        <div className="flex flex-wrap gap-2">
          {structure.menu.map((item) => (
            <label
              key={item.title}
              className={cn(
                "inline-flex min-h-11 cursor-pointer items-center rounded-full border px-4 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600",
                choice === item.title
                  ? "border-brand-700 bg-brand-50 font-medium text-brand-900"
                  : "border-stone-300 bg-white",
              )}
            >
              <input
                type="radio"
                name={`${id}-menu`}
                className="sr-only"
                checked={choice === item.title}
                onChange={() => setChoice(item.title)}
              />
              {item.title}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-2">
        <Button type="button" size="lg" onClick={() => save("done")}>
          Done
        </Button>
        <Button type="button" size="lg" variant="secondary" onClick={() => save("skipped")}>
          Skipped
        </Button>
      </div>
    </div>
  );
}

export function RoutineLog({
  structure,
  onSave,
}: {
  structure: Structure<"routine_practice">;
  onSave: SaveLog;
}) {
  const id = useId();
  const [minutes, setMinutes] = useState(structure.minutes);
  const valid = Number.isInteger(minutes) && minutes >= 1 && minutes <= 239;
  return (
    <LogForm
      canSave={valid}
      saveLabel={valid ? `Done: ${minutes} minutes` : "Enter the minutes"}
      onSave={(extras) => onSave({ kind: "routine_practice", minutes }, extras)}
    >
      <div className="flex items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-minutes`} className="text-sm text-stone-700">
            Minutes practised
          </label>
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            min={1}
            max={239}
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
          onClick={() => setMinutes((m) => Math.max(1, (m || 1) - 1))}
        >
          −
        </Button>
        <Button
          type="button"
          variant="secondary"
          aria-label="One minute more"
          onClick={() => setMinutes((m) => Math.min(239, (m || 0) + 1))}
        >
          +
        </Button>
      </div>
      {valid ? null : <p className="text-sm text-red-700">Use whole minutes from 1 to 239.</p>}
    </LogForm>
  );
}

export function CommentingLog({
  structure,
  minutes,
  onSave,
}: {
  structure: Structure<"descriptive_commenting">;
  minutes: number;
  onSave: SaveLog;
}) {
  const [descriptive, setDescriptive] = useState(0);
  const [directive, setDirective] = useState(0);
  const total = descriptive + directive;
  const meets = meetsCommentTarget(descriptive, directive, structure.targetRatio);
  return (
    <LogForm
      canSave={total > 0}
      saveLabel={total > 0 ? "Save the tally" : "Tap to count each comment"}
      onSave={(extras) => {
        onSave({ kind: "descriptive_commenting", descriptive, directive }, { minutes, ...extras });
        setDescriptive(0);
        setDirective(0);
      }}
    >
      <div className="flex gap-2" role="group" aria-label="Count your comments">
        <Counter
          label="Describing"
          tone="success"
          count={descriptive}
          onTap={() => setDescriptive((n) => Math.min(500, n + 1))}
        />
        <Counter
          label="Instruction or correction"
          tone="neutral"
          count={directive}
          onTap={() => setDirective((n) => Math.min(500, n + 1))}
        />
      </div>
      <p className="text-sm text-stone-700" aria-live="polite">
        {total === 0
          ? `Aim for ${structure.targetRatio} describing comments for each instruction.`
          : `${descriptive} describing to ${directive} ${directive === 1 ? "instruction" : "instructions"}${meets ? ": right on target." : `: aim for ${structure.targetRatio} to 1.`}`}
      </p>
      {total > 0 ? (
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={() => {
            setDescriptive(0);
            setDirective(0);
          }}
        >
          Start the count again
        </Button>
      ) : null}
    </LogForm>
  );
}
