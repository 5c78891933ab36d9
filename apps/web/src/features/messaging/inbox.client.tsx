"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { EmptyState, PageHeader } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { dayAndTime } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { MessageSearch } from "./message-search.client";
import { useMessagesLive } from "./use-messages-live.client";

const SIDE_WORDS = { family: "Family", staff: "Care team", clinic: "Automatic reply" } as const;

/**
 * A person's conversations, one per child, the latest first, unread ones marked: for a family
 * their children's with the care team, for staff the families of the children they care for.
 */
export function Inbox({ base, forFamily }: { base: string; forFamily: boolean }) {
  const trpc = useTRPC();
  const inbox = useQuery(trpc.message.list.queryOptions());
  useMessagesLive();
  const cycle = useHourCycle();
  const header = (
    <PageHeader
      title="Messages"
      description={
        forFamily
          ? "Ask your child's care team a question, or tell them how practice is going."
          : "Questions and news from the families of the children you care for."
      }
    />
  );
  if (inbox.isPending)
    return (
      <>
        {header}
        <ListSkeleton label="Loading messages" />
      </>
    );
  if (inbox.isError)
    return (
      <>
        {header}
        <QueryError error={inbox.error} what="your messages" onRetry={() => void inbox.refetch()} />
      </>
    );
  const { conversations, timeZone } = inbox.data;
  return (
    <div className="flex flex-col gap-6">
      {header}
      {forFamily ? null : <MessageSearch base={base} timeZone={timeZone} />}
      {conversations.length === 0 ? (
        <EmptyState
          title="No conversations yet"
          description={
            forFamily
              ? "When your clinic turns on messages for your child, the conversation appears here."
              : "Conversations appear here when a family writes to their child's care team."
          }
        />
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white shadow-sm">
          {conversations.map((row) => (
            <li key={row.childId}>
              <Link
                href={`${base}/${row.childId}`}
                className="flex min-h-16 flex-col gap-1 px-4 py-3 hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
              >
                <span className="flex items-center justify-between gap-3">
                  <span
                    className={row.unread > 0 ? "font-semibold text-stone-900" : "text-stone-900"}
                  >
                    {row.childName}
                  </span>
                  {row.unread > 0 ? (
                    <span className="rounded-full bg-brand-700 px-2 text-sm font-semibold text-white">
                      {row.unread} new
                    </span>
                  ) : null}
                </span>
                <span className="line-clamp-2 text-sm text-stone-600">
                  {row.lastBody && row.lastSide
                    ? `${SIDE_WORDS[row.lastSide]}: ${row.lastBody}`
                    : "No messages yet. Write the first one."}
                </span>
                {row.lastMessageAt ? (
                  <span className="text-sm text-stone-500">
                    {dayAndTime(row.lastMessageAt, timeZone, cycle)}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
