"use client";

import type { NoteView } from "@carryover/api/contracts/note";
import { Card } from "@carryover/ui";

import { INPUT } from "../note-editor/labels";
import type { NoteChart } from "../note-editor/note-chart";
import { NoteDraft } from "../note-editor/note-draft.client";
import { ProseField, proseOf } from "../note-editor/prose-field.client";
import { useNoteAutosave } from "../note-editor/use-note-autosave.client";
import { GoalProgress } from "./goal-progress.client";
import {
  parseReportContent,
  periodProblem,
  REPORT_SECTIONS,
  REPORT_TEXTS,
  reportChecklist,
  reportFieldIdOf,
} from "./report-model";
import { ReportReadOnly } from "./report-read-only";
import { SendToFamily } from "./send-to-family.client";

type ReportNote = Extract<NoteView, { kind: "progress_report" | "discharge_summary" }>;

/** A progress report or discharge summary: drafted from the goals' data, written, signed, sent. */
export function ReportEditor({
  note,
  chart,
  editable,
  canSend,
  timeZone,
}: {
  note: ReportNote;
  chart: NoteChart;
  editable: boolean;
  timeZone: string;
  /** Staff who write clinical records may send a signed report to the family. */
  canSend: boolean;
}) {
  if (editable) return <DraftReport note={note} chart={chart} />;
  return (
    <>
      <ReportReadOnly content={note.content} goals={chart.goals} />
      {note.state !== "draft" && canSend ? (
        <SendToFamily
          noteId={note.id}
          childName={chart.childName}
          sentAt={note.sentToFamilyAt}
          timeZone={timeZone}
        />
      ) : null}
    </>
  );
}

function DraftReport({ note, chart }: { note: ReportNote; chart: NoteChart }) {
  const { kind } = note;
  const autosave = useNoteAutosave(
    { version: note.version, content: note.content },
    {
      input: (version, content) => ({ noteId: note.id, kind, version, content }),
      parse: parseReportContent,
    },
  );
  const { content, edit } = autosave;
  const blur = () => void autosave.flush();
  const period = periodProblem(content);
  const text = (key: "summary" | "recommendations" | "familySummary") => proseOf(autosave, key);
  return (
    <NoteDraft
      note={note}
      what={kind === "discharge_summary" ? "discharge summary" : "progress report"}
      autosave={autosave}
      missing={reportChecklist(kind, content, note.missing)}
      fieldIdOf={reportFieldIdOf}
      sections={REPORT_SECTIONS}
      texts={REPORT_TEXTS}
    >
      <Card title="Period and summary" titleAs="h2">
        <div className="flex flex-col gap-5">
          <fieldset className="flex flex-col gap-2" aria-describedby="report-period-problem">
            <legend className="font-medium text-stone-900">Period of the report</legend>
            <div className="flex flex-wrap gap-4">
              {(["periodFrom", "periodTo"] as const).map((key) => (
                <div key={key} className="flex flex-col gap-1">
                  <label htmlFor={`report-${key}`} className="text-sm font-medium text-stone-800">
                    {key === "periodFrom" ? "From" : "To"}
                  </label>
                  <input
                    id={`report-${key}`}
                    type="date"
                    value={content[key]}
                    onChange={(e) => {
                      const value = e.target.value;
                      edit((c) => ({ ...c, [key]: value }));
                    }}
                    onBlur={blur}
                    className={INPUT}
                  />
                </div>
              ))}
            </div>
            {period ? (
              <p id="report-period-problem" className="text-sm font-medium text-red-700">
                {period}
              </p>
            ) : null}
          </fieldset>
          {kind === "discharge_summary" ? (
            <ProseField
              id="report-discharge-reason"
              label="Reason for discharge"
              hint="For example: goals met, the family moved, care transferred."
              rows={2}
              value={content.dischargeReason ?? ""}
              onChange={(value) => edit((c) => ({ ...c, dischargeReason: value }))}
              onBlur={blur}
            />
          ) : null}
          <ProseField
            id="report-summary"
            label="Summary"
            hint="The clinical summary of the period: visits, attendance, what changed."
            {...text("summary")}
          />
        </div>
      </Card>
      <GoalProgress goals={chart.goals} content={content} edit={edit} onBlur={blur} />
      <Card title="Recommendations and the family's version" titleAs="h2">
        <div className="flex flex-col gap-5">
          <ProseField
            id="report-recommendations"
            label="Recommendations"
            hint="Frequency, duration, changes to the plan or the home program."
            {...text("recommendations")}
          />
          <ProseField
            id="report-family-summary"
            label="Summary for the family"
            hint="Plain words the family reads in their portal: what their child can do now, and what comes next. No codes or abbreviations."
            rows={5}
            {...text("familySummary")}
          />
        </div>
      </Card>
    </NoteDraft>
  );
}
