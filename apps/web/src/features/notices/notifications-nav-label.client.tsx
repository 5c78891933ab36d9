"use client";

import { useQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react.client";

/**
 * "Notifications" in the navigation, with the number of unread ones: fetched on each page and when
 * the window regains focus, never on a timer, which would count as activity and keep an idle
 * screen signed in for ever.
 */
export function NotificationsNavLabel({ label }: { label: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.notification.unreadCount.queryOptions());
  const unread = data?.unread ?? 0;
  return (
    <>
      {label}
      {unread > 0 ? " " : null}
      {unread > 0 ? (
        <span className="ml-1 inline-flex min-w-6 items-center justify-center rounded-full bg-brand-700 px-1.5 text-sm font-semibold text-white">
          {unread}
          <span className="sr-only"> unread</span>
        </span>
      ) : null}
    </>
  );
}
