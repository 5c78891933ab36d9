import "server-only";

import { z } from "zod";

import { getNote, getPlanOfCare, type RequestMeta } from "@carryover/api";
import { can } from "@carryover/domain/access";
import { hourCycleOf } from "@carryover/domain/identity";

import { pdfResponse, signInFirst } from "~/lib/pdf-route";
import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";
import { loadChartHeading, planOfEvaluation, printablePlan } from "./load-record";
import { renderEvaluationPdf } from "./render-evaluation-pdf";
import { renderReportPdf } from "./render-report-pdf";
import { renderVisitNotePdf } from "./render-visit-note-pdf";

export const recordNotFound = () =>
  plainText(404, "We couldn't find that document. Open it from the child's chart in Carryover.");

const FILE_NAMES = {
  visit: "visit-note.pdf",
  evaluation: "evaluation.pdf",
  reevaluation: "reevaluation.pdf",
  progress_report: "progress-report.pdf",
  discharge_summary: "discharge-summary.pdf",
} as const;

type Staff = {
  ctx: Parameters<typeof getNote>[0];
  clock: { timeZone: string; cycle: ReturnType<typeof hourCycleOf> };
  actorId: string;
};

/** The signed-in staff member reading the record, or the answer for anyone else. */
async function staffOrAnswer(
  req: Request,
  meta: RequestMeta,
  id: string,
): Promise<{ staff: Staff } | { answer: RouteAnswer }> {
  const auth = await getAuthSession();
  if (!auth?.ok)
    return {
      answer: {
        response: signInFirst(req, auth, "Please sign in to Carryover to see this document."),
      },
    };
  const actorId = auth.actor.userId;
  // A family reads the record in its own words on the portal, never the clinical document.
  if (!z.uuid().safeParse(id).success || !can(auth.actor.role, "readClinicalRecord"))
    return { answer: { response: recordNotFound(), actorId } };
  return {
    staff: {
      ctx: { ...serviceDeps(), meta, actor: auth.actor },
      clock: { timeZone: auth.clinicTimeZone, cycle: hourCycleOf(auth.timeFormat) },
      actorId,
    },
  };
}

/** Any note of the chart as a PDF; an evaluation is followed by its plan of care. */
export async function answerNotePdf(
  req: Request,
  meta: RequestMeta,
  noteId: string,
): Promise<RouteAnswer> {
  const found = await staffOrAnswer(req, meta, noteId);
  if ("answer" in found) return found.answer;
  const { ctx, clock, actorId } = found.staff;
  const note = await getNote(ctx, { noteId });
  const heading = await loadChartHeading(ctx, note.childId);
  let pdf: Buffer;
  if (note.kind === "visit") pdf = await renderVisitNotePdf({ note, clock, ...heading });
  else if (note.kind === "evaluation" || note.kind === "reevaluation") {
    const plan = await planOfEvaluation(ctx, note.childId, note.id);
    pdf = await renderEvaluationPdf({
      evaluation: note,
      plan: plan && printablePlan(plan),
      letterhead: heading.letterhead,
      clock,
    });
  } else pdf = await renderReportPdf({ note, clock, ...heading });
  return { response: pdfResponse(pdf, FILE_NAMES[note.kind]), actorId };
}

/** A plan of care as a PDF, after the evaluation it comes from when one is linked. */
export async function answerPlanPdf(
  req: Request,
  meta: RequestMeta,
  planOfCareId: string,
): Promise<RouteAnswer> {
  const found = await staffOrAnswer(req, meta, planOfCareId);
  if ("answer" in found) return found.answer;
  const { ctx, clock, actorId } = found.staff;
  const plan = await getPlanOfCare(ctx, { planOfCareId });
  const [heading, note] = await Promise.all([
    loadChartHeading(ctx, plan.childId),
    plan.evaluationNoteId ? getNote(ctx, { noteId: plan.evaluationNoteId }) : null,
  ]);
  const evaluation =
    note && (note.kind === "evaluation" || note.kind === "reevaluation") ? note : null;
  const pdf = await renderEvaluationPdf({
    evaluation,
    plan: printablePlan(plan),
    letterhead: heading.letterhead,
    clock,
  });
  return {
    response: pdfResponse(pdf, evaluation ? "evaluation-and-plan-of-care.pdf" : "plan-of-care.pdf"),
    actorId,
  };
}
