"use client";

import { useQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react.client";

/** "Notifications" in the navigation, with the number of unread ones (refreshed each minute). */
export function NotificationsNavLabel({ label }: { label: string }) {
  const trpc = useTRPC();
  const { data } = useQuery({
    ...trpc.notification.unreadCount.queryOptions(),
    refetchInterval: 60_000,
  });
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
