"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { Badge, Card, EmptyState } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";

const STATE_WORDS = {
  draft: { tone: "warning", label: "Draft" },
  awaiting_cosign: { tone: "brand", label: "Awaiting co-signature" },
  signed: { tone: "success", label: "Signed" },
} as const;

/** The child's visit notes, newest first, each opening its editor; for staff on the child's page. */
export function ChildVisitNotes({ childId }: { childId: string }) {
  const trpc = useTRPC();
  const notes = useQuery(trpc.note.list.queryOptions({ childId, kind: "visit" }));
  return (
    <Card title="Visit notes" description="Drafted from each session; signed notes are locked.">
      {notes.isPending ? <ListSkeleton rows={2} label="Loading the visit notes" /> : null}
      {notes.isError ? (
        <QueryError
          error={notes.error}
          what="the visit notes"
          onRetry={() => void notes.refetch()}
        />
      ) : null}
      {notes.data?.length === 0 ? (
        <EmptyState
          title="No visit notes yet"
          description="After a session, write its note from the session summary."
        />
      ) : null}
      {notes.data?.length ? (
        <ul className="flex flex-col divide-y divide-stone-200">
          {[...notes.data]
            .sort((a, b) => b.serviceOn.localeCompare(a.serviceOn))
            .slice(0, 8)
            .map((n) => (
              <li key={n.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/notes/${n.id}`} className="font-medium text-brand-800 underline">
                  {formatCalendarDate(n.serviceOn)} visit note
                </Link>
                <span className="flex items-center gap-2 text-sm text-stone-700">
                  {n.authorName}
                  <Badge tone={STATE_WORDS[n.state].tone}>{STATE_WORDS[n.state].label}</Badge>
                </span>
              </li>
            ))}
        </ul>
      ) : null}
    </Card>
  );
}
