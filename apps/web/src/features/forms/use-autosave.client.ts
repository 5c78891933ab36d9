"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

import type { FormAnswers } from "@carryover/domain/forms";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** How long typing pauses before the answers are saved. */
const PAUSE_MS = 800;

export type SaveState =
  | { kind: "saved"; at: Date | null }
  | { kind: "saving" }
  | { kind: "failed"; message: string; fieldErrors: Record<string, string> };

/** Saves the answers a moment after each change, and says where that stands. */
export function useAutosave(formId: string, answers: FormAnswers, savedAt: Date | null) {
  const trpc = useTRPC();
  const save = useMutation(trpc.form.save.mutationOptions());
  const [state, setState] = useState<SaveState>({ kind: "saved", at: savedAt });
  const changed = useRef(false);
  const latest = useRef(answers);

  useEffect(() => {
    if (latest.current === answers) return;
    latest.current = answers;
    changed.current = true;
    const timer = setTimeout(() => {
      setState({ kind: "saving" });
      save.mutate(
        { formId, answers },
        {
          onSuccess: ({ savedAt: at }) => {
            changed.current = false;
            setState({ kind: "saved", at });
          },
          onError: (error) => {
            const described = describeError(error);
            setState({
              kind: "failed",
              message: described.message,
              fieldErrors: described.fieldErrors ?? {},
            });
          },
        },
      );
    }, PAUSE_MS);
    return () => clearTimeout(timer);
    // `save` is a new object each render; the answers alone decide when to save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answers, formId]);

  return state;
}
