"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";

import { useTRPC } from "~/trpc/react.client";

/**
 * Keeps every open view of a child's program current: each committed change (from any editor, on
 * any server instance) arrives as a server-sent event and the program's queries are refetched.
 */
export function useProgramLive(childId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const subscription = useSubscription(
    trpc.program.changes.subscriptionOptions(
      { childId },
      {
        onData: () => {
          for (const queryKey of [
            trpc.program.get.queryKey({ childId }),
            trpc.program.history.queryKey({ childId }),
            trpc.program.observations.queryKey({ childId }),
            trpc.progression.get.queryKey({ childId }),
            trpc.practice.list.pathKey(),
          ])
            void queryClient.invalidateQueries({ queryKey });
        },
      },
    ),
  );
  return { connected: subscription.status === "pending" };
}
