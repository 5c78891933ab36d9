"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useReducer, useRef } from "react";

import type { Program } from "~/features/home-program/types";
import { focusFirstInvalid } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  checkSettings,
  initialSettingsState,
  settingsReducer,
  settingsRefusalOf,
} from "./program-settings-state";

/** The settings form's state and its save, which names the version the editor started from. */
export function useProgramSettings(childId: string, program: Program) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(settingsReducer, program, initialSettingsState);
  const formRef = useRef<HTMLFormElement>(null);
  const update = useMutation(
    trpc.program.update.mutationOptions({
      onSuccess: () => {
        dispatch({ type: "saved" });
        void queryClient.invalidateQueries({ queryKey: trpc.program.get.queryKey({ childId }) });
      },
    }),
  );
  const refused = (error: unknown) => {
    const described = describeError(error);
    const { current } = described;
    if (current && typeof current === "object" && "version" in current) {
      // A CONFLICT carries the program as it stands now (its version tells it apart).
      dispatch({ type: "conflicted", current: current as Program });
      return;
    }
    const { errors, problem } = settingsRefusalOf(described);
    dispatch({ type: "failed", message: problem, errors });
    focusFirstInvalid(formRef.current);
  };
  const send = (version?: number) => {
    const checked = checkSettings(state, childId, version);
    if (!checked.ok) {
      dispatch({ type: "failed", message: checked.problem, errors: checked.errors });
      focusFirstInvalid(formRef.current);
      return;
    }
    update.mutate(checked.input, { onError: refused });
  };
  const save = () => send();
  const saveOverTheirs = (theirs: Program) => {
    dispatch({ type: "choseMine" });
    send(theirs.version);
  };
  return { state, dispatch, formRef, save, saveOverTheirs, saving: update.isPending };
}
