import { Alert, EmptyState, PageHeader } from "@carryover/ui";

import { formatDateTime } from "~/lib/time";
import type { HourCycle } from "~/lib/time";
import { LinkifiedText } from "./linkified-text";
import type { MailDelivery, OutboxMessage } from "./types";

/** The emails Carryover wrote for the clinic, newest first, and whether email is being sent. */
export function Outbox({
  delivery,
  messages,
  timeZone,
  cycle,
}: {
  delivery: MailDelivery;
  messages: OutboxMessage[];
  timeZone: string;
  cycle: HourCycle;
}) {
  const newestFirst = [...messages].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());

  return (
    <>
      <PageHeader
        title="Outbox"
        description="Emails Carryover has written for your clinic, such as invitations. Newest first."
      />

      {delivery === "outbox" ? (
        <Alert tone="warning" title="Email is not being sent">
          <p>
            Email isn&apos;t configured (SMTP_URL is not set), so messages are kept here instead of
            being sent. To invite someone, copy the link from their message and send it to them
            yourself.
          </p>
        </Alert>
      ) : (
        <Alert tone="info" title="Email is set up">
          <p>
            Carryover sends email directly now. This list only shows messages kept from before email
            was set up.
          </p>
        </Alert>
      )}

      <section aria-labelledby="messages-heading" className="mt-8 flex flex-col gap-4">
        <h2 id="messages-heading" className="text-xl font-semibold text-stone-900">
          Messages <span className="font-normal text-stone-600">({newestFirst.length})</span>
        </h2>
        {newestFirst.length === 0 ? (
          <EmptyState
            title="No messages"
            description="Invitations and other emails will appear here when you send them."
          />
        ) : (
          <ol role="list" className="flex flex-col gap-4">
            {newestFirst.map((message) => (
              <li key={message.id}>
                <article
                  aria-labelledby={`message-${message.id}`}
                  className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
                >
                  <header className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                    <h3
                      id={`message-${message.id}`}
                      className="text-lg font-semibold text-stone-900"
                    >
                      {message.subject}
                    </h3>
                    <time
                      dateTime={message.createdAt.toISOString()}
                      className="shrink-0 text-sm text-stone-600"
                    >
                      {formatDateTime(message.createdAt, timeZone, cycle)}
                    </time>
                  </header>
                  <p className="mt-1 text-stone-700">
                    <span className="font-medium">To:</span>{" "}
                    <span className="break-all">{message.to}</span>
                  </p>
                  <pre className="mt-4 overflow-x-auto rounded-lg bg-stone-50 p-4 font-sans text-base whitespace-pre-wrap break-words text-stone-900">
                    <LinkifiedText text={message.text} />
                  </pre>
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
