import { z } from "zod";

import { calendarDate, storableText, Version, withoutNul } from "@carryover/domain/bounds";
import {
  ActivityContent,
  ActivityStatus,
  ActivityStructure,
  GuardianEditable,
} from "@carryover/domain/home-program";

export const LocalDate = calendarDate("Use a date such as 2027-01-18");
const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time such as 16:30");

export const ChildId = z.object({ childId: z.uuid("That child link is not valid") });

export const ProgramGoal = z.object({
  id: storableText(40).min(1),
  familyWords: z
    .string()
    .trim()
    .min(1, "Say the goal in the family's words")
    .max(200, "Keep it to 200 characters or fewer")
    .check(withoutNul()),
  clinicalWording: z
    .string()
    .trim()
    .min(1, "Add the clinical wording")
    .max(300, "Keep it to 300 characters or fewer")
    .check(withoutNul()),
});

const Dose = {
  minutesPerDay: z
    .number({ error: "Enter the minutes a day" })
    .int("Use whole minutes")
    .min(1, "At least 1 minute a day")
    .max(120, "At most 120 minutes a day"),
  daysPerWeek: z
    .number({ error: "Enter the days a week" })
    .int("Use whole days")
    .min(1, "At least 1 day a week")
    .max(7, "At most 7 days a week"),
};

const StartDate = calendarDate("Choose the date the program starts");

export const CreateProgramInput = ChildId.extend({
  goals: z.array(ProgramGoal).max(8, "Keep to 8 goals or fewer").default([]),
  ...Dose,
  startDate: StartDate,
});

export const RoutineTimes = z.record(storableText(60).min(1), LocalTime);

export const UpdateProgramInput = ChildId.extend({
  expectedVersion: Version,
  goals: z.array(ProgramGoal).max(8, "Keep to 8 goals or fewer").optional(),
  minutesPerDay: Dose.minutesPerDay.optional(),
  daysPerWeek: Dose.daysPerWeek.optional(),
  startDate: StartDate.optional(),
  routineTimes: RoutineTimes.optional(),
  guardianEditable: z.array(GuardianEditable).optional(),
}).refine(
  ({ childId: _, expectedVersion: __, ...changes }) =>
    Object.values(changes).some((change) => change !== undefined),
  { message: "Say what to change in the program", path: ["goals"] },
);

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

export const CreatedProgram = z.object({ programId: z.uuid() });

export const ProgramVersion = z.object({ version: z.number().int() });

export const Revision = z.object({
  id: z.uuid(),
  activityId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  at: z.date(),
  action: z.string(),
  changes: z.array(z.string()),
  /** What each changed field was and became. */
  details: z.array(z.object({ what: z.string(), before: z.string(), after: z.string() })),
  revertible: z.boolean(),
});

export const RevisionList = z.array(Revision);

export const RevertInput = ChildId.extend({ revisionId: z.uuid("That change link is not valid") });

export const ObservationInput = ChildId.extend({
  text: z
    .string()
    .trim()
    .min(1, "Write what you noticed first.")
    .max(2000, "Keep it under 2,000 characters")
    .check(withoutNul()),
});

export const Ok = z.object({ ok: z.literal(true) });

export const Observation = z.object({
  id: z.uuid(),
  authorName: z.string().nullable(),
  at: z.date(),
  text: z.string(),
});

export const ObservationList = z.array(Observation);

export type ChildId = z.infer<typeof ChildId>;
export type CreateProgramInput = z.infer<typeof CreateProgramInput>;
export type UpdateProgramInput = z.infer<typeof UpdateProgramInput>;
export type RevertInput = z.infer<typeof RevertInput>;
export type ObservationInput = z.infer<typeof ObservationInput>;
