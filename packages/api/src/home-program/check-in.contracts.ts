import { z } from "zod";

import { ChildId, LocalDate } from "./program.contracts";

const Score = z
  .number()
  .int("Use a whole number from 1 to 10")
  .min(1, "Use a number from 1 to 10")
  .max(10, "Use a number from 1 to 10");
export const CheckInRating = z.object({
  goalId: z.string().min(1).max(40),
  performance: Score,
  satisfaction: Score,
});

export const SubmitCheckInInput = ChildId.extend({
  /** 0 is the baseline at the start; then weeks 4, 8 and 12. */
  week: z.union([z.literal(0), z.literal(4), z.literal(8), z.literal(12)]),
  submittedOn: LocalDate,
  ratings: z.array(CheckInRating).min(3, "Rate at least 3 goals").max(5, "Rate at most 5 goals"),
});

export const SubmittedCheckIn = z.object({ checkInId: z.uuid() });

export type SubmitCheckInInput = z.infer<typeof SubmitCheckInInput>;
