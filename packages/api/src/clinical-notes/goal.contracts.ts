import { z } from "zod";

import { calendarDate, storableText, Version } from "@carryover/domain/bounds";
import {
  FamilyWording,
  GoalState,
  GoalStatement,
  GoalTerm,
} from "@carryover/domain/clinical-notes";

const ProgramGoalId = storableText(100, "That home-program goal is not one we know").pipe(
  z.string().trim().min(1, "Choose a goal of the home program"),
);
const ActivityIds = z
  .array(z.uuid("Choose activities of the child's home program"))
  .max(20, "Link at most 20 activities to one goal");

export const ChildGoalsInput = z.object({ childId: z.uuid("Choose a child") });
export type ChildGoalsInput = z.infer<typeof ChildGoalsInput>;

export const CreateGoalInput = z.object({
  childId: z.uuid("Choose a child"),
  term: GoalTerm,
  longTermGoalId: z.uuid("Choose the long-term goal this step serves").optional(),
  statement: GoalStatement,
  familyWording: FamilyWording,
  programGoalId: ProgramGoalId.optional(),
  activityIds: ActivityIds.optional(),
  planOfCareId: z.uuid("Choose a plan of care").optional(),
});
export type CreateGoalInput = z.infer<typeof CreateGoalInput>;

export const CreatedGoal = z.object({ goalId: z.uuid(), sentence: z.string() });

export const UpdateGoalInput = z.object({
  goalId: z.uuid("Choose a goal"),
  version: Version,
  statement: GoalStatement.optional(),
  familyWording: FamilyWording.optional(),
  programGoalId: ProgramGoalId.nullable().optional(),
  activityIds: ActivityIds.optional(),
});
export type UpdateGoalInput = z.infer<typeof UpdateGoalInput>;

export const GoalVersion = z.object({ version: z.number().int() });

export const SetGoalStateInput = z.object({ goalId: z.uuid("Choose a goal"), state: GoalState });
export type SetGoalStateInput = z.infer<typeof SetGoalStateInput>;

const ScoreChange = z.object({
  from: z.number(),
  to: z.number(),
  delta: z.number(),
  direction: z.enum(["up", "down", "same"]),
  meaningful: z.boolean(),
});

const Scores = z.object({
  week: z.number().int(),
  submittedOn: calendarDate("A date"),
  performance: z.number(),
  satisfaction: z.number(),
});

export const ActivityEvidence = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("ladder"),
    activityId: z.uuid(),
    title: z.string(),
    /** The current level: its index from 0 and its title. */
    level: z.number().int(),
    levelTitle: z.string(),
    levelCount: z.number().int(),
    /** The latest sessions at this level that the step-up rule judges. */
    recentSessions: z.number().int(),
    successes: z.number().int(),
    attempts: z.number().int(),
    /** Successes over attempts in those sessions, 0 to 1; null before any. */
    successRate: z.number().nullable(),
    decision: z.enum(["step_up", "hold", "step_down"]),
    reason: z.string(),
  }),
  z.object({
    kind: z.literal("chain"),
    activityId: z.uuid(),
    title: z.string(),
    /** The first step the child does alone, from 0, and its title. */
    step: z.number().int(),
    stepTitle: z.string(),
    stepCount: z.number().int(),
    decision: z.enum(["extend", "hold", "complete"]),
  }),
  z.object({
    kind: z.enum(["sensory_diet", "routine_practice", "descriptive_commenting"]),
    activityId: z.uuid(),
    title: z.string(),
  }),
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

export const GoalEvidence = z.object({
  activities: z.array(ActivityEvidence),
  /** The home program's dose in the last 4 weeks (the latest possibly under way), oldest first. */
  dose: z.array(WeeklyDose),
  /** The family's ratings of the linked program goal: the first, the latest, and the change. */
  checkIns: z
    .object({
      programGoalId: z.string(),
      first: Scores,
      latest: Scores,
      performance: ScoreChange.nullable(),
      satisfaction: ScoreChange.nullable(),
    })
    .nullable(),
});

const ClinicalPart = z.object({
  statement: GoalStatement,
  sentence: z.string(),
  programGoalId: z.string().nullable(),
  activityIds: z.array(z.uuid()),
  planOfCareId: z.uuid().nullable(),
  version: z.number().int(),
});

const GoalView = z.object({
  id: z.uuid(),
  term: GoalTerm,
  state: GoalState,
  familyWording: z.string(),
  /** Null for a guardian: the family reads its own wording only. */
  clinical: ClinicalPart.nullable(),
  evidence: GoalEvidence,
});

export const GoalList = z.object({
  goals: z.array(GoalView.extend({ shortTermGoals: z.array(GoalView) })),
});
export type GoalList = z.infer<typeof GoalList>;
