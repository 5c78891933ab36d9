"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";

import type { NoteView } from "@carryover/api/contracts/note";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { NoteAutosave } from "../note-editor/use-note-autosave.client";
import type { VisitContent } from "./visit-note-model";

type VisitNote = Extract<NoteView, { kind: "visit" }>;
type Shared = { text: string; version: number };

export type SharedStatus =
  | { kind: "saved" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; theirs: Shared };

const QUIET_MS = 800;

const sharedOf = (current: unknown): Shared | null => {
  if (!current || typeof current !== "object") return null;
  const { text, version } = current as { text?: unknown; version?: unknown };
  return typeof text === "string" && typeof version === "number" ? { text, version } : null;
};

/**
 * The part of a group session's notes written once for every child, saved on its own like the note
 * (800 ms after typing stops, at once on blur) at the version it was loaded at; a save made from
 * another child's note in between surfaces as a conflict. Inert for a child's own session.
 */
export function useGroupShared(note: VisitNote) {
  const trpc = useTRPC();
  const update = useMutation(trpc.note.updateGroupShared.mutationOptions());
  const appointmentId = note.group ? note.appointmentId : null;
  const [text, setText] = useState(note.content.groupShared ?? "");
  const [status, setStatus] = useState<SharedStatus>({ kind: "saved" });
  const latest = useRef({ text, version: note.group?.version ?? 1, dirty: false });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (!appointmentId || !latest.current.dirty) return true;
    if (blocked.current) return false;
    const sent = latest.current.text;
    latest.current.dirty = false;
    setStatus({ kind: "saving" });
    const run = update
      .mutateAsync({ appointmentId, text: sent, version: latest.current.version })
      .then(({ version }) => {
        latest.current.version = version;
        setStatus(latest.current.dirty ? { kind: "unsaved" } : { kind: "saved" });
        return true;
      })
      .catch((error: unknown) => {
        latest.current.dirty = true;
        const described = describeError(error);
        const theirs = described.code === "CONFLICT" ? sharedOf(described.current) : null;
        if (theirs) {
          blocked.current = true;
          setStatus({ kind: "conflict", theirs });
        } else setStatus({ kind: "failed", message: described.message });
        return false;
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run;
    return run;
  }, [appointmentId, update]);

  const edit = useCallback(
    (next: string) => {
      latest.current = { ...latest.current, text: next, dirty: true };
      setText(next);
      if (blocked.current) return;
      setStatus({ kind: "unsaved" });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), QUIET_MS);
    },
    [save],
  );

  /** After a conflict: mine over theirs (saved at their version), or theirs in place of mine. */
  const resolve = useCallback(
    (choice: "mine" | "theirs") => {
      if (status.kind !== "conflict") return;
      blocked.current = false;
      latest.current.version = status.theirs.version;
      if (choice === "theirs") {
        latest.current = { ...latest.current, text: status.theirs.text, dirty: false };
        setText(status.theirs.text);
        setStatus({ kind: "saved" });
      } else void save();
    },
    [save, status],
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current.dirty) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  return {
    group: note.group,
    text,
    status,
    edit,
    flush: save,
    resolve,
    /** The note's content with the shared part as typed here, for the signing checklist. */
    overlay: (content: VisitContent): VisitContent =>
      note.group ? { ...content, groupShared: text } : content,
    /** The note's autosave, flushing the shared part too before the note is signed. */
    withNote: <C>(autosave: NoteAutosave<C>): NoteAutosave<C> => ({
      ...autosave,
      status: status.kind === "saving" ? status : autosave.status,
      flush: async () => (await autosave.flush()) && (await save()),
    }),
  };
}

export type GroupSharedState = ReturnType<typeof useGroupShared>;
