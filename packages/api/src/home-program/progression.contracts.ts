import { z } from "zod";

import { Version } from "@carryover/domain/bounds";

import { CheckInRating } from "./check-in.contracts";

export { ActivityVersion } from "./activity.contracts";
export { ChildId } from "./program.contracts";

const Suggestion = z.union([
  z.object({
    kind: z.literal("ladder"),
    decision: z.enum(["step_up", "step_down"]),
    fromLevel: z.number().int(),
    toLevel: z.number().int(),
    reason: z.string(),
  }),
  z.object({
    kind: z.literal("chain"),
    decision: z.literal("extend"),
    fromChildFrom: z.number().int(),
    toChildFrom: z.number().int(),
    reason: z.string(),
  }),
  z.object({ kind: z.literal("chain"), decision: z.literal("complete"), reason: z.string() }),
]);

const WeeklyDose = z.object({
  week: z.string(),
  from: z.string(),
  to: z.string(),
  prorated: z.boolean(),
  prescribedMinutes: z.number(),
  loggedMinutes: z.number(),
  prescribedDays: z.number(),
  daysPractised: z.number(),
  status: z.enum(["met", "partial", "low"]),
});

const CheckInDue = z.object({
  week: z.number().int(),
  dueDate: z.string(),
  status: z.enum(["upcoming", "due", "overdue", "done"]),
});

const ProgramReview = z.object({
  flagged: z.boolean(),
  since: z.string(),
  weeks: z.number(),
  reason: z.string(),
});

export const ProgressView = z
  .object({
    today: z.string(),
    activities: z.array(
      z.object({
        activityId: z.uuid(),
        version: z.number().int(),
        title: z.string(),
        kind: z.string(),
        suggestion: Suggestion.nullable(),
        reason: z.string(),
      }),
    ),
    dose: z.array(WeeklyDose),
    checkInsDue: z.array(CheckInDue),
    checkIns: z.array(
      z.object({
        week: z.number().int(),
        submittedOn: z.string(),
        ratings: z.array(CheckInRating),
      }),
    ),
    review: ProgramReview,
  })
  .nullable();

const ChildName = z.object({ childId: z.uuid(), firstName: z.string(), lastName: z.string() });

export const AttentionView = z.object({
  /** Ranked: pending suggestions, low dose this week, review flags, check-ins overdue or due. */
  needsAttention: z.array(
    ChildName.extend({
      reasons: z.array(
        z.enum(["suggestion", "low_dose", "review", "check_in_overdue", "check_in_due"]),
      ),
      suggestions: z.array(
        z.intersection(
          z.object({ activityId: z.uuid(), version: z.number().int(), title: z.string() }),
          Suggestion,
        ),
      ),
      doseThisWeek: WeeklyDose.nullable(),
      review: ProgramReview,
      checkIns: z.array(CheckInDue),
    }),
  ),
  onTrack: z.array(ChildName),
  withoutProgram: z.array(ChildName),
});

export const ApplyProgressionInput = z.object({
  activityId: z.uuid("That activity link is not valid"),
  expectedVersion: Version,
});

export type ApplyProgressionInput = z.infer<typeof ApplyProgressionInput>;
