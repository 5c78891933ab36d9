import { z } from "zod";

import {
  Activity,
  ActivityContent,
  ActivityStatus,
  ActivityStructure,
  GuardianEditable,
  PracticeEntry,
  PracticeLog,
} from "@carryover/domain/home-program";

const LocalDate = z.iso.date("Use a date such as 2027-01-18");
const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time such as 16:30");

const Score = z
  .number()
  .int("Use a whole number from 1 to 10")
  .min(1, "Use a number from 1 to 10")
  .max(10, "Use a number from 1 to 10");
const CheckInRating = z.object({
  goalId: z.string().min(1).max(40),
  performance: Score,
  satisfaction: Score,
});

export const ChildId = z.object({ childId: z.uuid("That child link is not valid") });

export const ProgramGoal = z.object({
  id: z.string().min(1).max(40),
  familyWords: z.string().trim().min(1, "Say the goal in the family's words").max(200),
  clinicalWording: z.string().trim().min(1, "Add the clinical wording").max(300),
});

const Dose = {
  minutesPerDay: z
    .number()
    .int()
    .min(1, "At least 1 minute a day")
    .max(120, "At most 120 minutes a day"),
  daysPerWeek: z.number().int().min(1, "At least 1 day a week").max(7, "At most 7 days a week"),
};

export const CreateProgramInput = ChildId.extend({
  goals: z.array(ProgramGoal).max(8, "Keep to 8 goals or fewer").default([]),
  ...Dose,
  startDate: LocalDate,
});

export const RoutineTimes = z.record(z.string().min(1).max(60), LocalTime);

export const UpdateProgramInput = ChildId.extend({
  expectedVersion: z.number().int().min(1),
  goals: z.array(ProgramGoal).max(8, "Keep to 8 goals or fewer").optional(),
  minutesPerDay: Dose.minutesPerDay.optional(),
  daysPerWeek: Dose.daysPerWeek.optional(),
  startDate: LocalDate.optional(),
  routineTimes: RoutineTimes.optional(),
  guardianEditable: z.array(GuardianEditable).optional(),
});

export const ProgramActivity = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: ActivityStatus,
  templateId: z.uuid().nullable(),
  content: ActivityContent,
  structure: ActivityStructure,
  updatedAt: z.date(),
});

export const ProgramView = z.object({
  childId: z.uuid(),
  program: z
    .object({
      id: z.uuid(),
      version: z.number().int(),
      goals: z.array(ProgramGoal),
      minutesPerDay: z.number().int(),
      daysPerWeek: z.number().int(),
      startDate: z.string(),
      routineTimes: RoutineTimes,
      guardianEditable: z.array(z.string()),
      activities: z.array(ProgramActivity),
      /** Said when more than three activities are active: families follow fewer better. */
      activeWarning: z.string().nullable(),
    })
    .nullable(),
  canEdit: z.boolean(),
  canManage: z.boolean(),
});

export const CreateActivityInput = ChildId.extend({
  /** From the clinic's library, or written for this child. */
  templateId: z.uuid().optional(),
  activity: Activity.optional(),
}).refine((i) => Boolean(i.templateId) !== Boolean(i.activity), {
  message: "Choose a template from the library or write the activity",
  path: ["templateId"],
});

export const UpdateActivityInput = z.object({
  activityId: z.uuid("That activity link is not valid"),
  expectedVersion: z.number().int().min(1),
  content: ActivityContent.optional(),
  structure: ActivityStructure.optional(),
  status: ActivityStatus.optional(),
});

export const ActivityVersion = z.object({ activityId: z.uuid(), version: z.number().int() });

export const Revision = z.object({
  id: z.uuid(),
  activityId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  at: z.date(),
  action: z.string(),
  changes: z.array(z.string()),
  revertible: z.boolean(),
});

export const RevertInput = ChildId.extend({ revisionId: z.uuid("That change link is not valid") });

export const ObservationInput = ChildId.extend({
  text: z
    .string()
    .trim()
    .min(1, "Write what you noticed")
    .max(2000, "Keep it under 2,000 characters"),
});

export const Observation = z.object({
  id: z.uuid(),
  authorName: z.string().nullable(),
  at: z.date(),
  text: z.string(),
});

export const LogPracticeInput = PracticeLog.extend({
  childId: z.uuid("That child link is not valid"),
  activityId: z.uuid("That activity link is not valid"),
  clientKey: z.string().min(8).max(100),
  inSession: z.boolean().optional(),
});

export const PracticeRange = ChildId.extend({ from: LocalDate, to: LocalDate });

export const PracticeLogView = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  practisedOn: z.string(),
  loggedAt: z.date(),
  entry: PracticeEntry,
  minutes: z.number().int().nullable(),
  note: z.string().nullable(),
  mood: z.string().nullable(),
  inSession: z.boolean(),
  mine: z.boolean(),
});

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
  expectedVersion: z.number().int().min(1),
});

export const SubmitCheckInInput = ChildId.extend({
  week: z.union([z.literal(0), z.literal(4), z.literal(8), z.literal(12)]),
  submittedOn: LocalDate,
  ratings: z.array(CheckInRating).min(3, "Rate at least 3 goals").max(5, "Rate at most 5 goals"),
});
