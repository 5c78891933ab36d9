"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import { Badge, EmptyState } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatCalendarDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import type { ChartContext } from "../types";
import { NoteActions } from "./note-actions.client";
import { NOTE_KIND_LABELS, NOTE_STATE_BADGES } from "./note-labels";

export function NotesTab({ chart }: { chart: ChartContext }) {
  const trpc = useTRPC();
  const notes = useQuery(trpc.note.list.queryOptions({ childId: chart.childId }));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold text-stone-900">Notes</h2>
        {chart.canWrite ? <NoteActions chart={chart} /> : null}
      </div>
      {notes.isPending ? (
        <ListSkeleton rows={5} label="Loading the notes" />
      ) : notes.isError ? (
        <QueryError error={notes.error} what="the notes" onRetry={() => void notes.refetch()} />
      ) : notes.data.length === 0 ? (
        <EmptyState
          title="No notes yet"
          description={`Start with ${chart.firstName}'s evaluation; visit notes are drafted from each session.`}
        />
      ) : (
        <ul className="flex flex-col divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {[...notes.data]
            .sort((a, b) => b.serviceOn.localeCompare(a.serviceOn) || +b.updatedAt - +a.updatedAt)
            .map((note) => {
              const badge = NOTE_STATE_BADGES[note.state];
              return (
                <li key={note.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                  <Link
                    href={`/notes/${note.id}`}
                    className="min-w-0 flex-1 font-medium text-brand-700 underline underline-offset-4"
                  >
                    {NOTE_KIND_LABELS[note.kind]}, {formatCalendarDate(note.serviceOn)}
                  </Link>
                  <span className="text-sm text-stone-600">{note.authorName}</span>
                  <Badge tone={badge.tone}>{badge.label}</Badge>
                </li>
              );
            })}
        </ul>
      )}
    </div>
  );
}
