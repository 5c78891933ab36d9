"use client";

import type { ReactNode } from "react";

import type { MissingPart } from "@carryover/domain/clinical-notes";
import { Badge, Card } from "@carryover/ui";

import { NoteConflict, type NoteText } from "./note-conflict.client";
import type { NoteSection } from "./note-model";
import { SigningChecklist, SignNote, type FieldIdOf } from "./signing.client";
import type { NoteAutosave, SaveStatus } from "./use-note-autosave.client";

/**
 * A draft of any kind of note: the save state and the sign button kept in view, the conflict when
 * someone else saved it, the kind's own fields, and the checklist of what signing still needs.
 */
export function NoteDraft<C>({
  note,
  what,
  autosave,
  missing,
  fieldIdOf,
  sections,
  texts,
  children,
}: {
  note: { id: string; childId: string };
  /** The kind of note in words, lower case. */
  what: string;
  autosave: NoteAutosave<C>;
  missing: MissingPart[];
  fieldIdOf: FieldIdOf;
  sections: readonly NoteSection<C>[];
  texts: readonly NoteText<C>[];
  children: ReactNode;
}) {
  const { content, status } = autosave;
  return (
    <>
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white px-4 py-2 shadow-sm">
        <SaveState status={status} onRetry={() => void autosave.flush()} />
        <SignNote
          noteId={note.id}
          childId={note.childId}
          what={what}
          missing={missing}
          fieldIdOf={fieldIdOf}
          autosave={autosave}
        />
      </div>
      {status.kind === "conflict" ? (
        <NoteConflict
          mine={content}
          theirs={status.theirs.content}
          sections={sections}
          texts={texts}
          onChoose={autosave.resolve}
        />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="flex min-w-0 flex-col gap-6">{children}</div>
        <aside aria-labelledby="checklist-title" className="lg:sticky lg:top-16 lg:self-start">
          <Card title={<span id="checklist-title">Before you can sign</span>} titleAs="h2">
            <SigningChecklist missing={missing} childId={note.childId} fieldIdOf={fieldIdOf} />
          </Card>
        </aside>
      </div>
    </>
  );
}

const SAVE_WORDS: Record<SaveStatus<unknown>["kind"], string> = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  failed: "Not saved",
  conflict: "Not saved — someone else saved this note",
};

function SaveState<C>({ status, onRetry }: { status: SaveStatus<C>; onRetry: () => void }) {
  const tone =
    status.kind === "saved"
      ? "success"
      : status.kind === "saving" || status.kind === "unsaved"
        ? "neutral"
        : "danger";
  return (
    <p role="status" className="flex flex-wrap items-center gap-2 text-stone-800">
      <Badge tone={tone}>{SAVE_WORDS[status.kind]}</Badge>
      {status.kind === "failed" ? (
        <>
          <span>{status.message}</span>
          <button type="button" className="underline" onClick={onRetry}>
            Retry
          </button>
        </>
      ) : null}
    </p>
  );
}
