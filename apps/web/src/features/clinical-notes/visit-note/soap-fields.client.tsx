"use client";

import { Card } from "@carryover/ui";

import { TEXTAREA } from "../note-editor/labels";
import type { VisitContent } from "./visit-note-model";

type SoapKey = "subjective" | "objective" | "assessment" | "plan";
type Edit = (change: (c: VisitContent) => VisitContent) => void;

const SOAP: [SoapKey, string, string][] = [
  ["subjective", "Subjective", "What the family and the child reported."],
  ["objective", "Objective", "What you saw and measured: trials, cues, times."],
  ["assessment", "Assessment", "What it means: progress toward the goals, and why."],
  ["plan", "Plan", "What comes next: the home program, the next visit."],
];

/** The four parts of the note, one textarea each; Tab moves from one to the next. */
export function SoapFields({
  content,
  edit,
  onBlur,
  readOnly = false,
}: {
  content: VisitContent;
  edit: Edit;
  onBlur: () => void;
  readOnly?: boolean;
}) {
  return (
    <Card title="SOAP" titleAs="h2">
      <div className="flex flex-col gap-5">
        {SOAP.map(([key, label, hint]) => (
          <div key={key} className="flex flex-col gap-1">
            <label htmlFor={`note-${key}`} className="font-medium text-stone-900">
              {label}
            </label>
            <p id={`note-${key}-hint`} className="text-sm text-stone-600">
              {hint}
            </p>
            <textarea
              id={`note-${key}`}
              aria-describedby={`note-${key}-hint`}
              rows={4}
              readOnly={readOnly}
              value={content[key]}
              onChange={(e) => {
                const value = e.target.value;
                edit((c) => ({ ...c, [key]: value }));
              }}
              onBlur={onBlur}
              className={TEXTAREA}
            />
          </div>
        ))}
      </div>
    </Card>
  );
}
