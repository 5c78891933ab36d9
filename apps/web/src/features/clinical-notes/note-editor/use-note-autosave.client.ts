"use client";

import { useMutation } from "@tanstack/react-query";

import type { UpdateNoteInput } from "@carryover/api/contracts/note";

import { useTRPC } from "~/trpc/react.client";
import { conflictingNote } from "./note-model";
import { useVersionedAutosave, type VersionedAutosave } from "./use-versioned-autosave.client";

export type { SaveStatus } from "./use-versioned-autosave.client";

/** How one kind of note is saved: its update input, and how to read the other editor's content. */
export type NoteSaving<C> = {
  input: (version: number, content: C) => UpdateNoteInput;
  parse: (content: unknown) => C | null;
};

/** A note's draft, saved with `note.update` at the note's version (useVersionedAutosave). */
export function useNoteAutosave<C>(loaded: { version: number; content: C }, saving: NoteSaving<C>) {
  const trpc = useTRPC();
  const update = useMutation(trpc.note.update.mutationOptions());
  return useVersionedAutosave(loaded, {
    save: (version, content) => update.mutateAsync(saving.input(version, content)),
    theirs: (current) => conflictingNote(current, saving.parse),
  });
}

export type NoteAutosave<C = unknown> = VersionedAutosave<C>;
