"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";

import { SearchMessagesInput } from "@carryover/api/contracts/message";
import { Button } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { QueryError } from "~/lib/query-state";
import { dayAndTime } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";

/** "«laundry» basket" with the matched words marked, never as HTML. */
function Excerpt({ text }: { text: string }) {
  const parts = text.split(/«|»/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="rounded bg-amber-100 px-0.5 text-stone-900">
            {part}
          </mark>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </>
  );
}

/** The care team's search of the messages they see; each match opens its conversation. */
export function MessageSearch({ base, timeZone }: { base: string; timeZone: string }) {
  const trpc = useTRPC();
  const id = useId();
  const cycle = useHourCycle();
  const [draft, setDraft] = useState("");
  const [words, setWords] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = useQuery({
    ...trpc.message.search.queryOptions({ words: words ?? "" }),
    enabled: words !== null,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = SearchMessagesInput.safeParse({ words: draft });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? "Check the words");
      return;
    }
    setError(null);
    setWords(checked.data.words);
  }

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h2 id={`${id}-title`} className="sr-only">
        Search messages
      </h2>
      <form role="search" onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-56 flex-1 flex-col gap-1">
          <label htmlFor={id} className="text-sm font-medium text-stone-900">
            Search messages
          </label>
          <input
            id={id}
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            placeholder="e.g. laundry basket"
            className="rounded-lg border border-stone-500 bg-white px-3 py-2 text-base text-stone-900 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
          />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
        {words !== null ? (
          <Button
            type="button"
            variant="ghost"
            onClick={() => {
              setWords(null);
              setDraft("");
            }}
          >
            Clear
          </Button>
        ) : null}
      </form>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {words === null ? null : search.isPending ? (
        <p className="text-stone-600">Searching…</p>
      ) : search.isError ? (
        <QueryError error={search.error} what="the search" onRetry={() => void search.refetch()} />
      ) : search.data.matches.length === 0 ? (
        <p className="text-stone-600">No messages match “{words}”.</p>
      ) : (
        <ul
          aria-label={`Messages matching ${words}`}
          className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white"
        >
          {search.data.matches.map((match) => (
            <li key={match.messageId}>
              <Link
                href={`${base}/${match.childId}`}
                className="flex flex-col gap-1 px-4 py-3 hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
              >
                <span className="font-medium text-stone-900">{match.childName}</span>
                <span className="text-sm text-stone-700">
                  <Excerpt text={match.excerpt} />
                </span>
                <span className="text-sm text-stone-500">
                  {match.authorName ?? "Someone who has left"} ·{" "}
                  {dayAndTime(match.createdAt, timeZone, cycle)}
                </span>
              </Link>
            </li>
          ))}
          {search.data.more ? (
            <li className="px-4 py-2 text-sm text-stone-600">
              Showing the 50 newest matches. Add words to narrow the search.
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
