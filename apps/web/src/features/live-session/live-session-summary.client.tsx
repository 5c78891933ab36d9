"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { Button, Card, DataTable, EmptyState, PageHeader } from "@carryover/ui";

import { WriteVisitNoteButton } from "~/features/clinical-notes/visit-note/write-visit-note.client";
import { useFamilyTimeZone } from "~/features/scheduling/use-family-time-zone";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { clockTime, dayAndTime, zoneAbbreviation } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { sessionTitle } from "./session-title";
import type { LiveSessionAttendance } from "./types";

/** After the session: what changed, what comes next; for the therapist, attendance and a draft note. */
export function LiveSessionSummaryView({ appointmentId }: { appointmentId: string }) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const session = useQuery(trpc.liveSession.get.queryOptions({ appointmentId }));
  const summary = useQuery(trpc.liveSession.summary.queryOptions({ appointmentId }));
  const therapist = session.data?.role === "therapist";
  // Times in the viewer's own zone, known only in the browser: the server renders none (no #418).
  const zone = useFamilyTimeZone();
  const attendance = useQuery({
    ...trpc.liveSession.attendance.queryOptions({ appointmentId }),
    enabled: therapist,
  });
  if (summary.isPending || session.isPending)
    return <ListSkeleton rows={4} label="Loading the summary" />;
  if (summary.isError)
    return (
      <QueryError error={summary.error} what="the summary" onRetry={() => void summary.refetch()} />
    );
  const title = session.data ? sessionTitle(session.data) : "Session";
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Session summary" description={title} />
      {summary.data.children.map((child) => (
        <Card
          key={child.childId}
          title={`${child.firstName}'s home program`}
          actions={
            therapist ? (
              <WriteVisitNoteButton
                appointmentId={appointmentId}
                childId={child.childId}
                childName={child.firstName}
                many={summary.data.children.length > 1}
              />
            ) : null
          }
        >
          {child.changes.length ? (
            <>
              <p className="text-stone-700">Changed during the session:</p>
              <ul className="mt-2 list-disc pl-6 text-stone-900">
                {child.changes.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="text-stone-700">
              No changes to the home program this time: keep going as you are.
            </p>
          )}
          <p className="mt-4 text-stone-900">
            <strong>Next session: </strong>
            {child.nextSession
              ? `${child.nextSession.title}${zone ? `, ${dayAndTime(child.nextSession.start, zone, cycle)} ${zoneAbbreviation(child.nextSession.start, zone)}` : ""}`
              : "none booked yet."}
          </p>
        </Card>
      ))}
      {therapist && attendance.data ? (
        <AttendanceCard attendance={attendance.data} zone={zone} />
      ) : null}
      {summary.data.draftNote ? <DraftNoteCard note={summary.data.draftNote} /> : null}
    </div>
  );
}

/** Who was connected to the video and for how long, from LiveKit's records; the therapist's only. */
function AttendanceCard({
  attendance,
  zone,
}: {
  attendance: LiveSessionAttendance;
  zone: string | null;
}) {
  const cycle = useHourCycle();
  const clock = (at: Date) => (zone ? clockTime(at, zone, cycle) : "");
  return (
    <Card
      title="Attendance"
      description={
        attendance.participants.length
          ? `Video connected for ${attendance.sessionMinutes} minutes, from LiveKit's records.`
          : undefined
      }
    >
      {attendance.participants.length === 0 ? (
        <EmptyState
          title="No attendance recorded"
          description="Nobody connected to the video for this session."
        />
      ) : (
        <DataTable
          caption="Minutes each person was connected"
          rows={attendance.participants}
          rowKey={(p) => `${p.name}-${+p.firstJoinedAt}`}
          columns={[
            { key: "who", header: "Who", cell: (p) => p.name },
            { key: "minutes", header: "Minutes", cell: (p) => p.minutes },
            { key: "first", header: "First joined", cell: (p) => clock(p.firstJoinedAt) },
            { key: "last", header: "Last left", cell: (p) => clock(p.lastLeftAt) },
            { key: "connections", header: "Connections", cell: (p) => p.segments },
          ]}
        />
      )}
    </Card>
  );
}

/** The note built from the session, to copy into the record after review. */
function DraftNoteCard({ note }: { note: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Card
      title="Draft session note"
      description="Built from the session's timer, tally, notes and program changes. Write the visit note to put it into the record."
      actions={
        <Button
          type="button"
          variant="secondary"
          onClick={() => void navigator.clipboard.writeText(note).then(() => setCopied(true))}
        >
          {copied ? "Copied" : "Copy the note"}
        </Button>
      }
    >
      <pre className="whitespace-pre-wrap rounded-lg bg-stone-50 p-4 font-sans text-stone-900">
        {note}
      </pre>
    </Card>
  );
}
