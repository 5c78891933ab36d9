"use client";

import { useMutation } from "@tanstack/react-query";

import type { NoteView } from "@carryover/api/contracts/note";

import { useTRPC } from "~/trpc/react.client";
import type { NoteAutosave } from "../note-editor/use-note-autosave.client";
import {
  useVersionedAutosave,
  type SaveStatus,
} from "../note-editor/use-versioned-autosave.client";
import type { VisitContent } from "./visit-note-model";

type VisitNote = Extract<NoteView, { kind: "visit" }>;

export type SharedStatus = SaveStatus<string>;

/** The other editor's shared part, from a 409's `current`. */
const sharedOf = (current: unknown): { version: number; content: string } | null => {
  if (!current || typeof current !== "object") return null;
  const { text, version } = current as { text?: unknown; version?: unknown };
  return typeof text === "string" && typeof version === "number"
    ? { version, content: text }
    : null;
};

/**
 * The part of a group session's notes written once for every child, saved on its own like the note
 * (useVersionedAutosave) at the version it was loaded at; a save made from another child's note in
 * between surfaces as a conflict. Inert for a child's own session: nothing there edits it.
 */
export function useGroupShared(note: VisitNote) {
  const trpc = useTRPC();
  const update = useMutation(trpc.note.updateGroupShared.mutationOptions());
  const appointmentId = note.appointmentId ?? "";
  const autosave = useVersionedAutosave(
    { version: note.group?.version ?? 1, content: note.content.groupShared ?? "" },
    {
      save: (version, text) => update.mutateAsync({ appointmentId, text, version }),
      theirs: sharedOf,
    },
  );
  const text = autosave.content;
  return {
    group: note.group,
    text,
    status: autosave.status,
    edit: (next: string) => autosave.edit(() => next),
    flush: autosave.flush,
    resolve: autosave.resolve,
    /** The note's content with the shared part as typed here, for the signing checklist. */
    overlay: (content: VisitContent): VisitContent =>
      note.group ? { ...content, groupShared: text } : content,
    /** The note's autosave, flushing the shared part too before the note is signed. */
    withNote: <C>(noteSave: NoteAutosave<C>): NoteAutosave<C> => ({
      ...noteSave,
      status: autosave.status.kind === "saving" ? { kind: "saving" } : noteSave.status,
      flush: async () => (await noteSave.flush()) && (await autosave.flush()),
    }),
  };
}

export type GroupSharedState = ReturnType<typeof useGroupShared>;
