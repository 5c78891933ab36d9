"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import type { NoteView } from "@carryover/api/contracts/note";
import { Alert, Badge, buttonClasses, PageHeader } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { longDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { chartTabHref } from "../chart/chart-tabs";
import { EvaluationEditor } from "../evaluation-note/evaluation-editor.client";
import { ReportEditor } from "../report-note/report-editor.client";
import { VisitNoteEditor } from "../visit-note/visit-note-editor.client";
import { chartGoalsOf, type NoteChart } from "./note-chart";
import { NOTE_KIND_TITLES } from "./note-model";
import { SignatureAndAddenda } from "./signed-note.client";

/**
 * Any note of a child's chart: loaded with the chart it belongs to, then written and signed in the
 * editor of its kind, then shown locked with its signature and addenda.
 */
export function NoteEditor({
  noteId,
  timeZone,
  canAmend,
}: {
  noteId: string;
  timeZone: string;
  /** Staff who write clinical records may add an addendum to a signed note. */
  canAmend: boolean;
}) {
  const trpc = useTRPC();
  const note = useQuery(trpc.note.get.queryOptions({ noteId }));
  const childId = note.data?.childId ?? "";
  const child = useQuery({ ...trpc.child.get.queryOptions({ childId }), enabled: !!childId });
  const goals = useQuery({ ...trpc.goal.list.queryOptions({ childId }), enabled: !!childId });
  if (note.isError)
    return <QueryError error={note.error} what="the note" onRetry={() => void note.refetch()} />;
  if (note.isPending || child.isPending || goals.isPending)
    return <ListSkeleton rows={6} label="Loading the note" />;
  if (child.isError || goals.isError)
    return (
      <QueryError
        error={child.error ?? goals.error}
        what="the child's chart"
        onRetry={() => void Promise.all([child.refetch(), goals.refetch()])}
      />
    );
  const view = note.data;
  const chart: NoteChart = {
    childName: `${child.data.firstName} ${child.data.lastName}`,
    guardians: child.data.guardians.map((g) => ({ id: g.id, name: g.name })),
    goals: chartGoalsOf(goals.data),
  };
  const editable = view.state === "draft" && view.canEdit;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`${NOTE_KIND_TITLES[view.kind]}: ${chart.childName}`}
        description={`${longDate(view.serviceOn)} · by ${view.author.name}`}
        actions={
          <>
            <a
              href={`/api/notes/${view.id}/pdf`}
              target="_blank"
              rel="noopener"
              aria-label="PDF of this note (opens in a new tab)"
              className={buttonClasses({ variant: "secondary" })}
            >
              PDF
            </a>
            <Link
              // A supervising OT reads their assistant's child's chart, not the child's page.
              href={
                child.data.canManage
                  ? `/children/${view.childId}`
                  : chartTabHref(view.childId, "notes")
              }
              className={buttonClasses({ variant: "secondary" })}
            >
              Back to {child.data.firstName}
            </Link>
          </>
        }
      />
      {editable ? null : view.state === "draft" ? (
        <Alert tone="info" title="Draft">
          Only {view.author.name} can edit and sign this {NOTE_KIND_TITLES[view.kind].toLowerCase()}
          .
        </Alert>
      ) : (
        <p>
          <Badge tone="success">Signed and locked</Badge>
        </p>
      )}
      <EditorOfKind
        note={view}
        chart={chart}
        editable={editable}
        canWrite={canAmend}
        timeZone={timeZone}
      />
      {view.state === "draft" ? null : (
        <SignatureAndAddenda note={view} timeZone={timeZone} canAmend={canAmend} />
      )}
    </div>
  );
}

function EditorOfKind({
  note,
  chart,
  editable,
  canWrite,
  timeZone,
}: {
  note: NoteView;
  chart: NoteChart;
  editable: boolean;
  canWrite: boolean;
  timeZone: string;
}) {
  switch (note.kind) {
    case "visit":
      return <VisitNoteEditor key={note.id} note={note} chart={chart} editable={editable} />;
    case "evaluation":
    case "reevaluation":
      return <EvaluationEditor key={note.id} note={note} editable={editable} />;
    case "progress_report":
    case "discharge_summary":
      return (
        <ReportEditor
          key={note.id}
          note={note}
          chart={chart}
          editable={editable}
          canSend={canWrite}
          timeZone={timeZone}
        />
      );
  }
}
