"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

export type ResetNotice = { tone: "success" | "error"; text: string };

/** A lost phone: the admin removes someone's second factors; they set up a new one at next sign-in. */
export function useResetTwoFactor() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reset = useMutation(trpc.staff.resetTwoFactor.mutationOptions());
  return async (person: { userId: string; name: string }): Promise<ResetNotice> => {
    try {
      const { removed } = await reset.mutateAsync({ userId: person.userId });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.staff.guardians.queryKey() }),
      ]);
      return {
        tone: "success",
        text: removed
          ? `Reset two-step sign-in for ${person.name}. They sign in with their password and set up a new authenticator app.`
          : `${person.name} had no two-step sign-in to reset, so nothing changed.`,
      };
    } catch (error) {
      return {
        tone: "error",
        text: `We couldn't reset two-step sign-in for ${person.name}. ${describeError(error).message}`,
      };
    }
  };
}
