import { z } from "zod";

import { calendarDate } from "@carryover/domain/bounds";
import { EvaluationComplexity, EvaluationContent } from "@carryover/domain/clinical-notes";

export const CreateEvaluationInput = z.object({
  childId: z.uuid("That child link is not valid"),
  kind: z.enum(["evaluation", "reevaluation"], "Choose an evaluation or a re-evaluation"),
  appointmentId: z.uuid("That session link is not valid").optional(),
  serviceOn: calendarDate("Enter the date as YYYY-MM-DD"),
});
export type CreateEvaluationInput = z.infer<typeof CreateEvaluationInput>;

export const EvaluationNoteId = z.object({ noteId: z.uuid("That note link is not valid") });
export type EvaluationNoteId = z.infer<typeof EvaluationNoteId>;

export const EvaluationChildId = z.object({ childId: z.uuid("That child link is not valid") });
export type EvaluationChildId = z.infer<typeof EvaluationChildId>;

export const CreatedEvaluation = z.object({ noteId: z.uuid(), version: z.number().int() });

/** What the count of deficits suggests; null when no deficit is listed yet. */
export const ComplexitySuggestionAnswer = z.object({
  deficits: z.number().int(),
  suggestion: z
    .object({
      complexity: EvaluationComplexity,
      code: z.string(),
      /** The next level up, when the count fits it too: the therapist confirms. */
      alsoFits: EvaluationComplexity.nullable(),
      alsoFitsCode: z.string().nullable(),
    })
    .nullable(),
});

export const EvaluationSummary = z.object({
  noteId: z.uuid(),
  kind: z.enum(["evaluation", "reevaluation"]),
  serviceOn: z.string(),
  appointmentId: z.uuid().nullable(),
  authorId: z.uuid(),
  signedAt: z.date().nullable(),
  version: z.number().int(),
  content: EvaluationContent,
});
export const EvaluationList = z.array(EvaluationSummary);
