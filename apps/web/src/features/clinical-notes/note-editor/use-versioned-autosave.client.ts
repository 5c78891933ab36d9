"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { describeError } from "~/lib/trpc-error";

export type SaveStatus<C> =
  | { kind: "saved" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; theirs: { version: number; content: C } };

/** How a draft reaches the server: the save at a version, and the other editor's draft in a 409. */
export type VersionedSaving<C> = {
  save: (version: number, content: C) => Promise<{ version: number }>;
  theirs: (current: unknown) => { version: number; content: C } | null;
};

const QUIET_MS = 800;

/**
 * A draft as typed, saved 800 ms after typing stops (or at once on blur) with the version it was
 * loaded at. Someone else's save in between is never overwritten: it surfaces as a conflict.
 */
export function useVersionedAutosave<C>(
  loaded: { version: number; content: C },
  saving: VersionedSaving<C>,
) {
  const [content, setContent] = useState(loaded.content);
  const [status, setStatus] = useState<SaveStatus<C>>({ kind: "saved" });
  const latest = useRef({ content: loaded.content, version: loaded.version, dirty: false });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);
  const how = useRef(saving);

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (!latest.current.dirty) return true;
    if (blocked.current) return false;
    const sent = latest.current.content;
    latest.current.dirty = false;
    setStatus({ kind: "saving" });
    const run = how.current
      .save(latest.current.version, sent)
      .then(({ version }) => {
        latest.current.version = version;
        setStatus(latest.current.dirty ? { kind: "unsaved" } : { kind: "saved" });
        return true;
      })
      .catch((error: unknown) => {
        latest.current.dirty = true;
        const described = describeError(error);
        const theirs = described.code === "CONFLICT" ? how.current.theirs(described.current) : null;
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
  }, []);

  const edit = useCallback(
    (change: (current: C) => C) => {
      const next = change(latest.current.content);
      latest.current = { ...latest.current, content: next, dirty: true };
      setContent(next);
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
        latest.current = { ...latest.current, content: status.theirs.content, dirty: false };
        setContent(status.theirs.content);
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
    content,
    status,
    edit,
    /** Saves now if anything is unsaved; true once the server holds the draft as shown. */
    flush: save,
    resolve,
    version: () => latest.current.version,
  };
}

export type VersionedAutosave<C = unknown> = ReturnType<typeof useVersionedAutosave<C>>;
