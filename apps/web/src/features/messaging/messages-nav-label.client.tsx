"use client";

import { useQuery } from "@tanstack/react-query";

import { NavCountLabel } from "~/features/identity/nav-count-label";
import { useTRPC } from "~/trpc/react.client";

/**
 * "Messages" in the navigation, with how many the person has not read: fetched on each page and
 * when the window regains focus, and as messages arrive while a messages page is open (an event
 * stream on every page would keep every page's connection busy).
 */
export function MessagesNavLabel({ label }: { label: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.message.unreadCount.queryOptions());
  return <NavCountLabel label={label} count={data?.unread ?? 0} />;
}
