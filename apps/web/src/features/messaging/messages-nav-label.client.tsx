"use client";

import { useQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react.client";

/**
 * "Messages" in the navigation, with how many the person has not read: fetched on each page and
 * when the window regains focus, and as messages arrive while a messages page is open (an event
 * stream on every page would keep every page's connection busy).
 */
export function MessagesNavLabel({ label }: { label: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.message.unreadCount.queryOptions());
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
