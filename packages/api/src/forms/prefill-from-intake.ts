import type { Queryable } from "@carryover/db";
import { fillEvaluationHistory, findLatestSignedForm } from "@carryover/db/queries";
import type { EvaluationContent } from "@carryover/domain/clinical-notes";
import {
  chartHistoryFromIntake,
  type FormAnswers,
  type FormContent,
} from "@carryover/domain/forms";

/** A signed intake fills what the child's draft evaluations leave empty; never what the therapist wrote. */
export async function prefillFromIntake(
  q: Queryable,
  childId: string,
  content: FormContent,
  answers: FormAnswers,
) {
  await fillEvaluationHistory(q, childId, chartHistoryFromIntake(content, answers));
}

/** A new evaluation starts with the history and priorities of the child's latest signed intake. */
export async function evaluationFromIntake(
  q: Queryable,
  childId: string,
  empty: EvaluationContent,
): Promise<EvaluationContent> {
  const intake = await findLatestSignedForm(q, childId, "intake");
  return intake ? { ...empty, ...chartHistoryFromIntake(intake.content, intake.answers) } : empty;
}
