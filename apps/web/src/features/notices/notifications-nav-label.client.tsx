"use client";

import { useQuery } from "@tanstack/react-query";

import { NavCountLabel } from "~/features/identity/nav-count-label";
import { useTRPC } from "~/trpc/react.client";

/**
 * "Notifications" in the navigation, with the number of unread ones: fetched on each page and when
 * the window regains focus, never on a timer, which would count as activity and keep an idle
 * screen signed in for ever.
 */
export function NotificationsNavLabel({ label }: { label: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.notification.unreadCount.queryOptions());
  return <NavCountLabel label={label} count={data?.unread ?? 0} />;
}
