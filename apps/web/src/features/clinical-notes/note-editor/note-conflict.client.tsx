"use client";

import { useEffect, useRef } from "react";

import { Alert, Button } from "@carryover/ui";

import { differingSections, type VisitContent } from "./visit-note-model";

const SOAP_KEYS = ["subjective", "objective", "assessment", "plan"] as const;
const SOAP_NAMES = {
  subjective: "Subjective",
  objective: "Objective",
  assessment: "Assessment",
  plan: "Plan",
} as const;

/**
 * Someone saved this note while it was open here: which sections differ, both texts side by side,
 * and the therapist's choice. Nothing is saved over theirs until they choose.
 */
export function NoteConflict({
  mine,
  theirs,
  onChoose,
}: {
  mine: VisitContent;
  theirs: VisitContent;
  onChoose: (choice: "mine" | "theirs") => void;
}) {
  const panel = useRef<HTMLElement>(null);
  // The therapist may be typing far down the note: bring the choice into view, without taking focus.
  useEffect(() => {
    panel.current?.scrollIntoView({ block: "start" });
  }, []);
  const sections = differingSections(mine, theirs);
  const texts = SOAP_KEYS.filter((key) => mine[key] !== theirs[key]);
  return (
    <section
      ref={panel}
      aria-labelledby="note-conflict-title"
      className="flex scroll-mt-20 flex-col gap-4"
    >
      <Alert tone="warning" title="This note was saved from somewhere else while you were editing">
        <p id="note-conflict-title">
          Your changes are not saved yet. Choose which version to keep.
        </p>
        {sections.length ? (
          <p className="mt-2">
            The versions differ in: <strong>{sections.join(", ")}</strong>.
          </p>
        ) : (
          <p className="mt-2">Both versions say the same thing.</p>
        )}
      </Alert>
      {texts.map((key) => (
        <div key={key} className="grid gap-3 lg:grid-cols-2">
          <section
            aria-label={`Their ${SOAP_NAMES[key]}`}
            className="rounded-xl border border-stone-300 p-3"
          >
            <h3 className="font-semibold text-stone-900">
              {SOAP_NAMES[key]}: their version (saved)
            </h3>
            <p className="mt-1 whitespace-pre-wrap text-stone-800">{theirs[key] || "—"}</p>
          </section>
          <section
            aria-label={`Your ${SOAP_NAMES[key]}`}
            className="rounded-xl border-2 border-brand-300 p-3"
          >
            <h3 className="font-semibold text-stone-900">
              {SOAP_NAMES[key]}: your version (not saved)
            </h3>
            <p className="mt-1 whitespace-pre-wrap text-stone-800">{mine[key] || "—"}</p>
          </section>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => onChoose("theirs")}>
          Take theirs
        </Button>
        <Button type="button" onClick={() => onChoose("mine")}>
          Keep mine
        </Button>
      </div>
    </section>
  );
}
