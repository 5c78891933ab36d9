"use client";

import type { NoteView } from "@carryover/api/contracts/note";

import type { NoteChart } from "../note-editor/note-chart";
import type { NoteText } from "../note-editor/note-conflict.client";
import { NoteDraft } from "../note-editor/note-draft.client";
import { useNoteAutosave } from "../note-editor/use-note-autosave.client";
import { CoachingGiven, SessionCounts } from "./coaching-given.client";
import { GoalStatuses } from "./goal-statuses.client";
import { GroupShared, GroupSharedReadOnly } from "./group-shared.client";
import { MinutesTable } from "./minutes-table.client";
import { NoteReadOnly } from "./note-read-only";
import { SoapFields } from "./soap-fields.client";
import { useGroupShared } from "./use-group-shared.client";
import { VisitFacts } from "./visit-facts.client";
import {
  fieldIdOf,
  parseVisitContent,
  signingChecklist,
  VISIT_SECTIONS,
  type VisitContent,
} from "./visit-note-model";

type VisitNote = Extract<NoteView, { kind: "visit" }>;

const SOAP_TEXTS: NoteText<VisitContent>[] = [
  ["Subjective", (c) => c.subjective],
  ["Objective", (c) => c.objective],
  ["Assessment", (c) => c.assessment],
  ["Plan", (c) => c.plan],
];

/** The visit note: drafted from the session, written and signed here, then shown as signed. */
export function VisitNoteEditor({
  note,
  chart,
  editable,
}: {
  note: VisitNote;
  chart: NoteChart;
  editable: boolean;
}) {
  if (!editable)
    return (
      <>
        <GroupSharedReadOnly content={note.content} />
        <NoteReadOnly serviceOn={note.serviceOn} content={note.content} {...chart} />
        <SessionCounts content={note.content} />
      </>
    );
  return <DraftVisitNote note={note} chart={chart} />;
}

function DraftVisitNote({ note, chart }: { note: VisitNote; chart: NoteChart }) {
  const autosave = useNoteAutosave(
    { version: note.version, content: note.content },
    {
      input: (version, content) => ({ noteId: note.id, kind: "visit", version, content }),
      parse: parseVisitContent,
    },
  );
  const { content, edit } = autosave;
  const shared = useGroupShared(note);
  const blur = () => void autosave.flush();
  const activeGoals = chart.goals.filter((g) => g.active);
  const missing = signingChecklist(
    shared.overlay(content),
    activeGoals.map((g) => g.id),
    note.missing,
  );
  return (
    <NoteDraft
      note={note}
      what="visit note"
      autosave={shared.withNote(autosave)}
      missing={missing}
      fieldIdOf={fieldIdOf}
      sections={VISIT_SECTIONS}
      texts={SOAP_TEXTS}
    >
      <VisitFacts
        serviceOn={note.serviceOn}
        content={content}
        childName={chart.childName}
        guardians={chart.guardians}
        edit={edit}
        onBlur={blur}
      />
      <MinutesTable content={content} edit={edit} onBlur={blur} />
      <GroupShared shared={shared} />
      <SoapFields content={content} edit={edit} onBlur={blur} />
      <GoalStatuses goals={activeGoals} content={content} edit={edit} onBlur={blur} />
      <CoachingGiven content={content} edit={edit} onBlur={blur} />
      <SessionCounts content={content} />
    </NoteDraft>
  );
}
