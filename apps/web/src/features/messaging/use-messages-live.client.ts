"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";

import { useTRPC } from "~/trpc/react.client";

/**
 * Keeps the person's messages current without a reload: each committed message (in one child's
 * conversation, or in any they see) arrives as a server-sent event, and the open conversation, or
 * else the list and the navigation's count, are fetched again.
 */
export function useMessagesLive(childId?: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useSubscription(
    trpc.message.changes.subscriptionOptions(childId ? { childId } : undefined, {
      onData: () => {
        // An open conversation refetches (and so is read) before the counts are fetched again.
        const open = trpc.message.get.pathKey();
        if (childId || queryClient.getQueryCache().find({ queryKey: open, type: "active" })) {
          void queryClient.invalidateQueries({ queryKey: open });
          return;
        }
        void queryClient.invalidateQueries({ queryKey: trpc.message.list.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.message.unreadCount.pathKey() });
      },
    }),
  );
}
