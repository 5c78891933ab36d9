"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useReducer } from "react";

import type { Program } from "~/features/home-program/types";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { initialSettingsState, settingsReducer, settingsUpdateOf } from "./program-settings-state";

/** The settings form's state and its save, which names the version the editor started from. */
export function useProgramSettings(childId: string, program: Program) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(settingsReducer, program, initialSettingsState);
  const update = useMutation(
    trpc.program.update.mutationOptions({
      onSuccess: () => {
        dispatch({ type: "saved" });
        void queryClient.invalidateQueries({ queryKey: trpc.program.get.queryKey({ childId }) });
      },
      onError: (error) => {
        const { current, message } = describeError(error);
        if (current && typeof current === "object" && "version" in current) {
          // A CONFLICT carries the program as it stands now (its version tells it apart).
          dispatch({ type: "conflicted", current: current as Program });
          return;
        }
        dispatch({ type: "failed", message });
      },
    }),
  );
  const save = () => update.mutate(settingsUpdateOf(state, childId));
  const saveOverTheirs = (theirs: Program) => {
    dispatch({ type: "choseMine" });
    update.mutate(settingsUpdateOf(state, childId, theirs.version));
  };
  return { state, dispatch, save, saveOverTheirs, saving: update.isPending };
}
