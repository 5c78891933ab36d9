"use client";

import type { EvaluationContent } from "@carryover/domain/clinical-notes";
import { Button, Card } from "@carryover/ui";

import { INPUT } from "../note-editor/labels";
import {
  addDeficitAfter,
  billedCode,
  complexityOptions,
  complexityWords,
  deficitCount,
  removeAt,
  type EvaluationKind,
} from "./evaluation-model";

type Edit = (change: (c: EvaluationContent) => EvaluationContent) => void;

const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

/** One line per performance deficit; Enter opens the next line. */
export function Deficits({
  content,
  edit,
  onBlur,
}: {
  content: EvaluationContent;
  edit: Edit;
  onBlur: () => void;
}) {
  const lines = content.deficits.length ? content.deficits : [""];
  return (
    <Card
      title="Performance deficits"
      titleAs="h2"
      description="One per line. Press Enter for the next one; the count suggests the complexity."
    >
      <ol className="flex flex-col gap-2" onBlur={onBlur}>
        {lines.map((deficit, index) => (
          <li key={index} className="flex items-center gap-2">
            <label htmlFor={`evaluation-deficit-${index}`} className="w-24 shrink-0 text-stone-800">
              Deficit {index + 1}
            </label>
            <input
              id={`evaluation-deficit-${index}`}
              value={deficit}
              className={INPUT}
              onChange={(e) => {
                const value = e.target.value;
                edit((c) => {
                  const deficits = c.deficits.length ? [...c.deficits] : [""];
                  deficits[index] = value;
                  return { ...c, deficits };
                });
              }}
              onKeyDown={(e) => {
                if (e.key !== "Enter") return;
                e.preventDefault();
                edit((c) =>
                  addDeficitAfter(c.deficits.length ? c : { ...c, deficits: [""] }, index),
                );
                focusLater(`evaluation-deficit-${index + 1}`);
              }}
            />
            <Button
              type="button"
              variant="secondary"
              size="sm"
              aria-label={`Remove deficit ${index + 1}`}
              onClick={() => {
                edit((c) => ({ ...c, deficits: removeAt(c.deficits, index) }));
                focusLater(`evaluation-deficit-${Math.max(0, index - 1)}`);
              }}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button
        type="button"
        variant="secondary"
        className="mt-3"
        onClick={() => {
          edit((c) => addDeficitAfter(c.deficits.length ? c : { ...c, deficits: [""] }));
          focusLater(`evaluation-deficit-${Math.max(lines.length, content.deficits.length)}`);
        }}
      >
        Add a deficit
      </Button>
    </Card>
  );
}

/** The suggestion the count of deficits makes, and the complexity the therapist confirms. */
export function ComplexityChoice({
  kind,
  content,
  edit,
  onBlur,
}: {
  kind: EvaluationKind;
  content: EvaluationContent;
  edit: Edit;
  onBlur: () => void;
}) {
  const code = billedCode(kind, content.complexity);
  return (
    <Card title="Complexity" titleAs="h2">
      <p id="evaluation-complexity-suggestion" role="status" className="text-stone-900">
        {complexityWords(kind, deficitCount(content))}
      </p>
      {kind === "reevaluation" ? (
        <p className="mt-1 text-sm text-stone-700">
          A re-evaluation is billed as 97168 whatever its complexity.
        </p>
      ) : null}
      <fieldset
        id="evaluation-complexity"
        tabIndex={-1}
        aria-describedby="evaluation-complexity-suggestion"
        className="mt-3 flex flex-col gap-2"
        onBlur={onBlur}
      >
        <legend className="font-medium text-stone-900">The complexity you confirm</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {complexityOptions(kind).map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-stone-900">
              <input
                type="radio"
                name="evaluation-complexity"
                value={option.value}
                checked={content.complexity === option.value}
                onChange={() => edit((c) => ({ ...c, complexity: option.value }))}
                className="size-4 accent-brand-700"
              />
              {option.label}
            </label>
          ))}
        </div>
        {code ? <p className="text-sm text-stone-700">Billed as {code}.</p> : null}
      </fieldset>
    </Card>
  );
}
