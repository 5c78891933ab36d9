"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";

import type { GoalList } from "@carryover/api/contracts/goal";
import type { NoteView } from "@carryover/api/contracts/note";
import { Alert, Badge, buttonClasses, Card, PageHeader } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { longDate } from "~/lib/time";
import { useTRPC } from "~/trpc/react.client";
import { CoachingGiven, SessionCounts } from "./coaching-given.client";
import { GoalStatuses, type ActiveGoal } from "./goal-statuses.client";
import { MinutesTable } from "./minutes-table.client";
import { NoteConflict } from "./note-conflict.client";
import { NoteReadOnly } from "./note-read-only";
import { SignatureAndAddenda } from "./signed-note.client";
import { SigningChecklist, SignNote } from "./signing.client";
import { SoapFields } from "./soap-fields.client";
import { useNoteAutosave, type SaveStatus } from "./use-note-autosave.client";
import { VisitFacts } from "./visit-facts.client";
import { signingChecklist } from "./visit-note-model";

type VisitNote = Extract<NoteView, { kind: "visit" }>;
type Chart = { childName: string; guardians: { id: string; name: string }[]; goals: ActiveGoal[] };

const goalsOf = (list: GoalList | undefined, onlyActive: boolean): ActiveGoal[] =>
  (list?.goals ?? [])
    .flatMap((g) => [g, ...g.shortTermGoals])
    .filter((g) => !onlyActive || g.state === "active")
    .map((g) => ({ id: g.id, term: g.term, sentence: g.clinical?.sentence ?? g.familyWording }));

/** The visit note: drafted from the session, written and signed here, then locked and amended. */
export function VisitNoteEditor({
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
  if (note.data.kind !== "visit")
    return (
      <Alert tone="info" title="This is not a visit note">
        Open it from the child&apos;s chart.
      </Alert>
    );
  const visit = note.data;
  const chart: Chart = {
    childName: `${child.data.firstName} ${child.data.lastName}`,
    guardians: child.data.guardians.map((g) => ({ id: g.id, name: g.name })),
    goals: goalsOf(goals.data, visit.state === "draft"),
  };
  const header = (
    <PageHeader
      title={`Visit note: ${chart.childName}`}
      description={`${longDate(visit.serviceOn)} · by ${visit.author.name}`}
      actions={
        <>
          <a
            href={`/api/notes/${visit.id}/pdf`}
            target="_blank"
            rel="noopener"
            aria-label="PDF of this note (opens in a new tab)"
            className={buttonClasses({ variant: "secondary" })}
          >
            PDF
          </a>
          <Link
            href={`/children/${visit.childId}`}
            className={buttonClasses({ variant: "secondary" })}
          >
            Back to {child.data.firstName}
          </Link>
        </>
      }
    />
  );
  if (visit.state !== "draft" || !visit.canEdit)
    return (
      <div className="flex flex-col gap-6">
        {header}
        {visit.state === "draft" ? (
          <Alert tone="info" title="Draft">
            Only {visit.author.name} can edit and sign this note.
          </Alert>
        ) : (
          <p>
            <Badge tone="success">Signed and locked</Badge>
          </p>
        )}
        <NoteReadOnly
          serviceOn={visit.serviceOn}
          content={visit.content}
          {...chart}
          goals={goalsOf(goals.data, false)}
        />
        <SessionCounts content={visit.content} />
        {visit.state === "draft" ? null : (
          <SignatureAndAddenda note={visit} timeZone={timeZone} canAmend={canAmend} />
        )}
      </div>
    );
  return (
    <div className="flex flex-col gap-6">
      {header}
      <DraftNote key={visit.id} note={visit} chart={chart} />
    </div>
  );
}

function DraftNote({ note, chart }: { note: VisitNote; chart: Chart }) {
  const autosave = useNoteAutosave(note.id, { version: note.version, content: note.content });
  const { content, edit, status } = autosave;
  const blur = () => void autosave.flush();
  const missing = signingChecklist(
    content,
    chart.goals.map((g) => g.id),
    note.missing,
  );
  return (
    <>
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white px-4 py-2 shadow-sm">
        <SaveState status={status} onRetry={blur} />
        <SignNote noteId={note.id} childId={note.childId} missing={missing} autosave={autosave} />
      </div>
      {status.kind === "conflict" ? (
        <NoteConflict mine={content} theirs={status.theirs.content} onChoose={autosave.resolve} />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <VisitFacts
            serviceOn={note.serviceOn}
            content={content}
            childName={chart.childName}
            guardians={chart.guardians}
            edit={edit}
            onBlur={blur}
          />
          <MinutesTable content={content} edit={edit} onBlur={blur} />
          <SoapFields content={content} edit={edit} onBlur={blur} />
          <GoalStatuses goals={chart.goals} content={content} edit={edit} onBlur={blur} />
          <CoachingGiven content={content} edit={edit} onBlur={blur} />
          <SessionCounts content={content} />
        </div>
        <aside aria-labelledby="checklist-title" className="lg:sticky lg:top-16 lg:self-start">
          <Card title={<span id="checklist-title">Before you can sign</span>} titleAs="h2">
            <SigningChecklist missing={missing} childId={note.childId} />
          </Card>
        </aside>
      </div>
    </>
  );
}

function SaveState({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const words: Record<SaveStatus["kind"], string> = {
    saved: "Saved",
    unsaved: "Unsaved changes",
    saving: "Saving…",
    failed: "Not saved",
    conflict: "Not saved — someone else saved this note",
  };
  return (
    <p role="status" className="flex flex-wrap items-center gap-2 text-stone-800">
      <Badge
        tone={
          status.kind === "saved"
            ? "success"
            : status.kind === "saving" || status.kind === "unsaved"
              ? "neutral"
              : "danger"
        }
      >
        {words[status.kind]}
      </Badge>
      {status.kind === "failed" ? (
        <>
          <span>{status.message}</span>
          <button type="button" className="underline" onClick={onRetry}>
            Retry
          </button>
        </>
      ) : null}
    </p>
  );
}
