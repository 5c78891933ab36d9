import type { NoteView } from "@carryover/api/contracts/note";

import { formatCalendarDateLong } from "~/lib/time";
import { GOAL_STATUS_LABELS } from "../note-editor/labels";
import { DRAFT_WORDS, noteStateBanner, writeNoteSignatures, type Clock } from "./note-signatures";
import {
  createRecordWriter,
  facts,
  section,
  watermarkEveryPage,
  writeLetterhead,
  type Letterhead,
} from "./record-layout";

export type PrintableReport = Extract<NoteView, { kind: "progress_report" | "discharge_summary" }>;

export type ReportPdfInput = {
  note: PrintableReport;
  letterhead: Letterhead;
  /** Each goal's clinical sentence, by id. */
  goals: ReadonlyMap<string, string>;
  clock: Clock;
  compress?: boolean;
};

/** A progress report or discharge summary: period, summary, each goal's progress, signatures. */
export async function renderReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const { note, letterhead } = input;
  const c = note.content;
  const title = note.kind === "discharge_summary" ? "Discharge summary" : "Progress report";
  const period = `${formatCalendarDateLong(c.periodFrom)} to ${formatCalendarDateLong(c.periodTo)}`;
  const w = createRecordWriter(title, letterhead.clinic.name, input.compress);
  writeLetterhead(w, letterhead, title, `Reporting period ${period}`);
  noteStateBanner(w, note);

  w.heading("Report");
  facts(w, [
    ["Reporting period", period],
    ["Written", formatCalendarDateLong(note.serviceOn)],
    ...(note.kind === "discharge_summary"
      ? ([["Reason for discharge", c.dischargeReason ?? "Not given"]] as const)
      : []),
  ]);
  section(w, "Summary", c.summary);

  w.heading("Progress on each goal");
  if (c.goalProgress.length === 0) w.paragraph("No goal reported on.");
  for (const [i, goal] of c.goalProgress.entries()) {
    w.label(`Goal ${i + 1}: ${input.goals.get(goal.goalId) ?? "A goal no longer in the chart"}`);
    facts(w, [["Status", GOAL_STATUS_LABELS[goal.status]]]);
    w.paragraph(goal.narrative.trim() ? goal.narrative : "No narrative written.");
  }

  w.heading("Recommendations");
  w.paragraph(c.recommendations.trim() ? c.recommendations : "None written.");
  if (c.familySummary.trim())
    section(w, "The family's version (sent to their portal)", c.familySummary);

  writeNoteSignatures(w, note, input.clock);
  if (note.state === "draft") watermarkEveryPage(w, DRAFT_WORDS);
  return w.finish(`${title} · ${period}`);
}
