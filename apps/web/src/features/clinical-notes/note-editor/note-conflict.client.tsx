"use client";

import { useEffect, useRef } from "react";

import { Alert, Button } from "@carryover/ui";

import { differingSections, type NoteSection } from "./note-model";

/** A part of the note held as text, shown side by side when the two versions differ in it. */
export type NoteText<C> = [heading: string, text: (content: C) => string];

/**
 * Someone saved this note while it was open here: which sections differ, both texts side by side,
 * and the therapist's choice. Nothing is saved over theirs until they choose.
 */
export function NoteConflict<C>({
  mine,
  theirs,
  sections,
  texts,
  onChoose,
}: {
  mine: C;
  theirs: C;
  sections: readonly NoteSection<C>[];
  texts: readonly NoteText<C>[];
  onChoose: (choice: "mine" | "theirs") => void;
}) {
  const panel = useRef<HTMLElement>(null);
  // The therapist may be typing far down the note: bring the choice into view, without taking focus.
  useEffect(() => {
    panel.current?.scrollIntoView({ block: "start" });
  }, []);
  const differing = differingSections(sections, mine, theirs);
  const shown = texts.filter(([, text]) => text(mine) !== text(theirs));
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
        {differing.length ? (
          <p className="mt-2">
            The versions differ in: <strong>{differing.join(", ")}</strong>.
          </p>
        ) : (
          <p className="mt-2">Both versions say the same thing.</p>
        )}
      </Alert>
      {shown.map(([heading, text]) => (
        <div key={heading} className="grid gap-3 lg:grid-cols-2">
          <section
            aria-label={`Their ${heading}`}
            className="rounded-xl border border-stone-300 p-3"
          >
            <h3 className="font-semibold text-stone-900">{heading}: their version (saved)</h3>
            <p className="mt-1 whitespace-pre-wrap text-stone-800">{text(theirs) || "—"}</p>
          </section>
          <section
            aria-label={`Your ${heading}`}
            className="rounded-xl border-2 border-brand-300 p-3"
          >
            <h3 className="font-semibold text-stone-900">{heading}: your version (not saved)</h3>
            <p className="mt-1 whitespace-pre-wrap text-stone-800">{text(mine) || "—"}</p>
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
