import { z } from "zod";

export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time such as 16:30");
export type LocalTime = z.infer<typeof LocalTime>;

/** A goal as the family says it and as the plan of care states it. */
export const ProgramGoal = z.object({
  id: z.string().trim().min(1).max(40),
  familyWords: z.string().trim().min(1, "Say the goal in the family's words").max(200),
  clinicalWording: z.string().trim().min(1, "Add the clinical wording").max(300),
});
export type ProgramGoal = z.infer<typeof ProgramGoal>;

export const PrescribedDose = z.object({
  minutesPerDay: z
    .number()
    .int("Use whole minutes")
    .min(1, "At least 1 minute a day")
    .max(120, "At most 120 minutes a day"),
  daysPerWeek: z
    .number()
    .int("Use whole days")
    .min(1, "At least 1 day a week")
    .max(7, "At most 7 days a week"),
});
export type PrescribedDose = z.infer<typeof PrescribedDose>;

/** The family's own time per routine (keyed by routine, or by a custom routine's name); others use the defaults. */
export const RoutineTimes = z.record(z.string().trim().min(1).max(60), LocalTime);
export type RoutineTimes = z.infer<typeof RoutineTimes>;

/** What a therapist may open to guardians; everything else in a program is the therapist's. */
/** Observations are not among them: guardians can always add what they noticed. */
export const GUARDIAN_EDITABLE = ["routine_times", "sensory_moments"] as const;
export const GuardianEditable = z.enum(GUARDIAN_EDITABLE);
export type GuardianEditable = z.infer<typeof GuardianEditable>;

export function canGuardianEdit(field: GuardianEditable, allowed: readonly string[]): boolean {
  return allowed.includes(field);
}

const unique = (values: readonly string[]) => new Set(values).size === values.length;

/** A child's home-program settings. Reviews fall at REVIEW_WEEKS from the start date. */
export const HomeProgram = z.object({
  goals: z
    .array(ProgramGoal)
    .min(1, "Add at least one goal")
    .max(8, "Keep to 8 goals or fewer")
    .refine((goals) => unique(goals.map((g) => g.id)), "Each goal needs its own id"),
  dose: PrescribedDose,
  startDate: z.iso.date("Use a date such as 2027-01-18"),
  routineTimes: RoutineTimes.default({}),
  guardianEditable: z
    .array(GuardianEditable)
    .refine(unique, "Choose each thing guardians may change once")
    .default([]),
});
export type HomeProgram = z.infer<typeof HomeProgram>;
