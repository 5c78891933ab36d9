"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** The session's mutations, each refreshing the session view and reporting a failure in words. */
export function useLiveSessionActions(appointmentId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const options = {
    onMutate: () => setProblem(null),
    onError: (error: unknown) => setProblem(describeError(error).message),
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: trpc.liveSession.get.queryKey({ appointmentId }),
      }),
  };
  return {
    problem,
    clearProblem: () => setProblem(null),
    admit: useMutation(trpc.liveSession.admit.mutationOptions(options)),
    deny: useMutation(trpc.liveSession.deny.mutationOptions(options)),
    inviteObserver: useMutation(trpc.liveSession.inviteObserver.mutationOptions(options)),
    moderate: useMutation(trpc.liveSession.moderate.mutationOptions(options)),
    muteAll: useMutation(trpc.liveSession.muteAll.mutationOptions(options)),
    spotlight: useMutation(trpc.liveSession.spotlight.mutationOptions(options)),
    end: useMutation(trpc.liveSession.end.mutationOptions(options)),
    tally: useMutation(trpc.liveSession.tally.mutationOptions(options)),
    timer: useMutation(trpc.liveSession.timer.mutationOptions(options)),
    markService: useMutation(trpc.liveSession.markService.mutationOptions(options)),
    note: useMutation(trpc.liveSession.note.mutationOptions(options)),
    setKit: useMutation(trpc.liveSession.setKit.mutationOptions(options)),
    startBreakouts: useMutation(trpc.liveSession.startBreakouts.mutationOptions(options)),
    endBreakouts: useMutation(trpc.liveSession.endBreakouts.mutationOptions(options)),
  };
}

export type LiveSessionActions = ReturnType<typeof useLiveSessionActions>;
