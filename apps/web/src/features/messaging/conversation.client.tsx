"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";

import type { Message } from "@carryover/api/contracts/message";
import { Alert, cn, PageHeader, textLinkClasses } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { dayAndTime } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import type { MessageAbout } from "./about-activity";
import { Composer } from "./composer.client";
import { ConversationAdmins } from "./conversation-admins.client";
import { useMessagesLive } from "./use-messages-live.client";

type Props = { childId: string; back: string; about?: MessageAbout | null };

/**
 * One child's conversation between the family and the care team: the messages as sent, new ones
 * as they arrive (reading them marks them read), and a composer under the emergency line.
 */
export function Conversation({ childId, back, about = null }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const conversation = useQuery(trpc.message.get.queryOptions({ childId }));
  useMessagesLive(childId);
  // Reading the conversation marks it read: the counts follow once it has been read.
  const readAt = conversation.dataUpdatedAt;
  useEffect(() => {
    if (!readAt) return;
    void queryClient.invalidateQueries({ queryKey: trpc.message.unreadCount.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.message.list.queryKey() });
  }, [readAt, queryClient, trpc]);
  const backLink = (
    <Link href={back} className={textLinkClasses}>
      ← All messages
    </Link>
  );
  if (conversation.isPending) return <ListSkeleton rows={4} label="Loading the conversation" />;
  if (conversation.isError)
    return (
      <div className="flex flex-col gap-4">
        {backLink}
        <QueryError
          error={conversation.error}
          what="this conversation"
          onRetry={() => void conversation.refetch()}
        />
      </div>
    );
  const { data } = conversation;
  const other = data.side === "family" ? "care team" : "family";
  return (
    <div className="flex flex-col gap-4">
      {backLink}
      <PageHeader
        title={data.childName}
        description={`Messages between ${data.childName}'s family and care team. They are part of ${data.childName}'s record.`}
      />
      <MessageList messages={data.messages} timeZone={data.timeZone} childName={data.childName} />
      <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">
        {data.emergencyLine}
      </p>
      {data.side === "staff" && data.admins.length > 0 ? (
        <ConversationAdmins childId={childId} admins={data.admins} />
      ) : null}
      {data.canWrite ? (
        <Composer
          childId={childId}
          label={`Message to ${data.childName}'s ${other}`}
          about={about}
        />
      ) : (
        <Alert tone="info">{data.cannotWriteBecause}</Alert>
      )}
    </div>
  );
}

function MessageList({
  messages,
  timeZone,
  childName,
}: {
  messages: Message[];
  timeZone: string;
  childName: string;
}) {
  const cycle = useHourCycle();
  const end = useRef<HTMLLIElement>(null);
  const last = messages.at(-1)?.id;
  // A block: Chromium's scrollIntoView now returns a promise, which React would call on cleanup.
  useEffect(() => {
    void end.current?.scrollIntoView({ block: "end" });
  }, [last]);
  if (messages.length === 0)
    return <p className="text-stone-600">No messages yet. Write the first one below.</p>;
  return (
    <ol
      aria-label={`Messages about ${childName}`}
      className="flex flex-col gap-3"
      aria-live="polite"
    >
      {messages.map((message) => (
        <li
          key={message.id}
          className={cn(
            "flex max-w-[85%] flex-col gap-1 rounded-2xl px-4 py-2",
            message.mine
              ? "self-end bg-brand-700 text-white"
              : message.side === "clinic"
                ? "self-start border border-stone-200 bg-stone-50 text-stone-800"
                : "self-start border border-stone-200 bg-white text-stone-900",
          )}
        >
          <span className={cn("text-sm", message.mine ? "text-brand-50" : "text-stone-600")}>
            {message.mine ? "You" : (message.authorName ?? "Someone who has left")}
            {message.side === "clinic" ? " · automatic reply" : ""} ·{" "}
            {dayAndTime(message.createdAt, timeZone, cycle)}
          </span>
          <p className="whitespace-pre-wrap break-words">{message.body}</p>
          <MessageSubjects message={message} timeZone={timeZone} />
        </li>
      ))}
      <li ref={end} aria-hidden className="h-0" />
    </ol>
  );
}

const momentOf = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/** What a message came with: a file to open, the practice video it answers and the moment. */
function MessageSubjects({ message, timeZone }: { message: Message; timeZone: string }) {
  const linkTone = message.mine ? "text-white underline" : textLinkClasses;
  return (
    <>
      {message.document ? (
        <a
          href={`/api/documents/${message.document.id}`}
          target="_blank"
          rel="noopener"
          className={cn("text-sm font-medium break-all", linkTone)}
        >
          Attached: {message.document.fileName}
        </a>
      ) : null}
      {message.activityTitle && !message.practiceVideoId ? (
        <span className={cn("text-sm", message.mine ? "text-brand-50" : "text-stone-600")}>
          About “{message.activityTitle}”
        </span>
      ) : null}
      {message.sessionStartsAt ? (
        <span className={cn("text-sm", message.mine ? "text-brand-50" : "text-stone-600")}>
          About the session of {dayAndTime(message.sessionStartsAt, timeZone)}
        </span>
      ) : null}
      {message.practiceVideoId ? (
        <span className={cn("text-sm", message.mine ? "text-brand-50" : "text-stone-600")}>
          About a practice video{message.activityTitle ? ` of “${message.activityTitle}”` : ""}
          {message.videoMomentSeconds !== null
            ? `, at ${momentOf(message.videoMomentSeconds)}`
            : ""}
        </span>
      ) : null}
    </>
  );
}
