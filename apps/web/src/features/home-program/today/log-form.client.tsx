"use client";

import { useId, useState, type ReactNode } from "react";

import { Button, cn } from "@carryover/ui";

import { withTrimmedNote, type LogExtras } from "./log-entries";
import { PracticeForm, useTodayPractice } from "./today-practice.client";

const MOOD_LABELS = { great: "Went well", okay: "Okay", hard: "Hard today" } as const;

/** The optional note and mood a parent may add to any log. */
export function NoteAndMood({
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
              name="mood"
              value={mood}
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
        name="note"
        rows={2}
        maxLength={1000}
        value={value.note ?? ""}
        onChange={(e) => onChange({ ...value, note: e.target.value })}
        className="mt-1 w-full rounded-lg border border-stone-300 px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-600 focus:outline-none"
      />
    </details>
  );
}

/**
 * The shared shell of a practice logged in one go: the kind's own controls, the note, and its
 * button; a real form, so it is recorded even before the page's script has run.
 */
export function LogForm({
  activityId,
  children,
  canSave,
  saveLabel,
  onSave,
}: {
  activityId: string;
  children: ReactNode;
  canSave: boolean;
  saveLabel: string;
  onSave: (extras: LogExtras) => void;
}) {
  const practice = useTodayPractice();
  const [extras, setExtras] = useState<LogExtras>({});
  return (
    <PracticeForm
      op="log"
      fields={{
        childId: practice.childId,
        activityId,
        clientKey: `${practice.formKey}:${activityId}`,
      }}
      className="flex flex-col gap-3"
      onSend={() => {
        if (!canSave) return;
        onSave(withTrimmedNote(extras));
        setExtras({});
      }}
    >
      {children}
      <NoteAndMood value={extras} onChange={setExtras} />
      <Button type="submit" size="lg" disabled={!canSave}>
        {saveLabel}
      </Button>
    </PracticeForm>
  );
}

/** One tap's button: a submit button of its practice's form, its value the tap. */
export function Counter({
  label,
  count,
  name,
  value,
  tone,
}: {
  label: string;
  count: number;
  name: string;
  value: string;
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
      type="submit"
      name={name}
      value={value}
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
