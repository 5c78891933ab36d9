"use client";

import type { NoteView } from "@carryover/api/contracts/note";
import { Card } from "@carryover/ui";

import { NoteDraft } from "../note-editor/note-draft.client";
import { ProseField, proseOf } from "../note-editor/prose-field.client";
import { useNoteAutosave } from "../note-editor/use-note-autosave.client";
import { Assessments } from "./assessments.client";
import { ComplexityChoice, Deficits } from "./deficits.client";
import {
  EVALUATION_SECTIONS,
  EVALUATION_TEXTS,
  evaluationChecklist,
  evaluationFieldIdOf,
  parseEvaluationContent,
  savableEvaluation,
} from "./evaluation-model";
import { EvaluationReadOnly } from "./evaluation-read-only";

type EvaluationNote = Extract<NoteView, { kind: "evaluation" | "reevaluation" }>;

/** An evaluation or re-evaluation: what was found, and the complexity the therapist confirms. */
export function EvaluationEditor({ note, editable }: { note: EvaluationNote; editable: boolean }) {
  if (!editable) return <EvaluationReadOnly kind={note.kind} content={note.content} />;
  return <DraftEvaluation note={note} />;
}

function DraftEvaluation({ note }: { note: EvaluationNote }) {
  const { kind } = note;
  const autosave = useNoteAutosave(
    { version: note.version, content: note.content },
    {
      input: (version, content) => ({
        noteId: note.id,
        kind,
        version,
        content: savableEvaluation(content),
      }),
      parse: parseEvaluationContent,
    },
  );
  const { content, edit } = autosave;
  const blur = () => void autosave.flush();
  const text = (key: "reasonForReferral" | "history" | "familyPriorities" | "observations") =>
    proseOf(autosave, key);
  return (
    <NoteDraft
      note={note}
      what={kind === "reevaluation" ? "re-evaluation" : "evaluation"}
      autosave={autosave}
      missing={evaluationChecklist(kind, content, note.missing)}
      fieldIdOf={evaluationFieldIdOf}
      sections={EVALUATION_SECTIONS}
      texts={EVALUATION_TEXTS}
    >
      <Card title="Referral and history" titleAs="h2">
        <div className="flex flex-col gap-5">
          <ProseField
            id="evaluation-reason"
            label="Reason for referral"
            hint="Who referred the child, and what they are concerned about."
            rows={3}
            {...text("reasonForReferral")}
          />
          <ProseField
            id="evaluation-history"
            label="History"
            hint="Birth, development, medical and school history that bears on the evaluation."
            {...text("history")}
          />
          <ProseField
            id="evaluation-priorities"
            label="The family's priorities, in their own words"
            hint="What the family most wants their child to be able to do."
            rows={3}
            {...text("familyPriorities")}
          />
        </div>
      </Card>
      <Assessments content={content} givenOn={note.serviceOn} edit={edit} onBlur={blur} />
      <Card title="Observations" titleAs="h2">
        <ProseField
          id="evaluation-observations"
          label="Clinical observations"
          hint="What you saw: posture, grasp, attention, sensory responses, play."
          {...text("observations")}
        />
      </Card>
      <Deficits content={content} edit={edit} onBlur={blur} />
      <ComplexityChoice kind={kind} content={content} edit={edit} onBlur={blur} />
    </NoteDraft>
  );
}
