import type { NoteView } from "@carryover/api/contracts/note";
import { EVALUATION_CODES, REEVALUATION_CODE } from "@carryover/domain/clinical-notes";

import { formatCalendarDate, formatCalendarDateLong } from "~/lib/time";
import { DRAFT_WORDS, noteStateBanner, writeNoteSignatures, type Clock } from "./note-signatures";
import { writePlanOfCare, type PrintablePlan } from "./plan-of-care-section";
import {
  createRecordWriter,
  facts,
  section,
  table,
  watermarkEveryPage,
  writeLetterhead,
  type Letterhead,
  type PdfWriter,
} from "./record-layout";

export type PrintableEvaluation = Extract<NoteView, { kind: "evaluation" | "reevaluation" }>;

export type EvaluationPdfInput = {
  /** The evaluation, or null for a plan of care printed without one. */
  evaluation: PrintableEvaluation | null;
  /** The plan of care the evaluation belongs to (or the child's current one), if any. */
  plan: PrintablePlan | null;
  letterhead: Letterhead;
  clock: Clock;
  compress?: boolean;
};

const COMPLEXITY_WORDS = { low: "Low", moderate: "Moderate", high: "High" } as const;

function complexityOf(note: PrintableEvaluation): string {
  if (note.kind === "reevaluation") return `Re-evaluation, CPT ${REEVALUATION_CODE}`;
  const complexity = note.content.complexity;
  return complexity
    ? `${COMPLEXITY_WORDS[complexity]} complexity, CPT ${EVALUATION_CODES[complexity]}`
    : "Not confirmed yet";
}

function writeEvaluation(w: PdfWriter, note: PrintableEvaluation) {
  const c = note.content;
  w.heading(note.kind === "reevaluation" ? "Re-evaluation" : "Evaluation");
  facts(w, [
    ["Date", formatCalendarDateLong(note.serviceOn)],
    ["Complexity", complexityOf(note)],
  ]);
  section(w, "Reason for referral", c.reasonForReferral);
  section(w, "History", c.history);
  section(w, "The family's priorities, in their words", c.familyPriorities);
  w.label("Standardized assessments");
  if (c.assessments.length === 0) w.paragraph("None given.");
  else
    table(
      w,
      [
        { header: "Assessment", width: 2 },
        { header: "Given", width: 1.1 },
        { header: "Scores", width: 2 },
        { header: "Interpretation", width: 3 },
      ],
      c.assessments.map((a) => [a.name, formatCalendarDate(a.givenOn), a.scores, a.interpretation]),
    );
  section(w, "Observations", c.observations);
  w.label("Performance deficits");
  if (c.deficits.length === 0) w.paragraph("None listed.");
  else w.numbered(c.deficits);
}

/** The evaluation followed by its plan of care, or a plan of care alone; letterhead and signatures. */
export async function renderEvaluationPdf(input: EvaluationPdfInput): Promise<Buffer> {
  const { evaluation, plan, letterhead } = input;
  const title = evaluation
    ? `${evaluation.kind === "reevaluation" ? "Re-evaluation" : "Evaluation"}${plan ? " and plan of care" : ""}`
    : "Plan of care";
  const w = createRecordWriter(title, letterhead.clinic.name, input.compress);
  const subtitle = evaluation
    ? `Date of service ${formatCalendarDateLong(evaluation.serviceOn)}`
    : plan
      ? `${formatCalendarDateLong(plan.startOn)} to ${formatCalendarDateLong(plan.endOn)}`
      : "";
  writeLetterhead(w, letterhead, title, subtitle);
  if (evaluation) {
    noteStateBanner(w, evaluation);
    writeEvaluation(w, evaluation);
    writeNoteSignatures(w, evaluation, input.clock);
  }
  if (plan) {
    if (evaluation) w.doc.addPage();
    // A plan printed alone is titled "Plan of care" already.
    writePlanOfCare(w, plan, input.clock, { heading: !!evaluation });
  } else if (evaluation) {
    w.heading("Plan of care");
    w.paragraph("No plan of care has been written for this evaluation yet.");
  }
  if (evaluation?.state === "draft") watermarkEveryPage(w, DRAFT_WORDS);
  return w.finish(title);
}
