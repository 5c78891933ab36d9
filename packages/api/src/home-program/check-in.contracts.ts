import { z } from "zod";

import { storableText } from "@carryover/domain/bounds";

import { ChildId, LocalDate } from "./program.contracts";

/** A score from 1 to 10; `missing` asks for it in the family's words. */
const score = (missing: string) =>
  z
    .number({ error: missing })
    .int("Use a whole number from 1 to 10")
    .min(1, "Use a number from 1 to 10")
    .max(10, "Use a number from 1 to 10");
export const CheckInRating = z.object({
  goalId: storableText(40).min(1),
  performance: score("Choose how well your child does this, from 1 to 10."),
  satisfaction: score("Choose how happy you are with it, from 1 to 10."),
});

const chosen = (input: unknown) => (Array.isArray(input) ? input.length : 0);

export const SubmitCheckInInput = ChildId.extend({
  /** 0 is the baseline at the start; then weeks 4, 8 and 12. */
  week: z.union([z.literal(0), z.literal(4), z.literal(8), z.literal(12)]),
  submittedOn: LocalDate,
  /** DOMAIN.md: families rate 3 to 5 of their goals. */
  ratings: z
    .array(CheckInRating)
    .min(3, {
      error: (issue) => `Choose at least 3 goals to rate. You have chosen ${chosen(issue.input)}.`,
    })
    .max(5, {
      error: (issue) => `Choose at most 5 goals. You have chosen ${chosen(issue.input)}.`,
    }),
});

export const SubmittedCheckIn = z.object({ checkInId: z.uuid() });

export type SubmitCheckInInput = z.infer<typeof SubmitCheckInInput>;
