import { z } from "zod";

/**
 * A home-program activity: what every activity has (the parent's steps, why it works, time, ages,
 * materials, the routine it lives in) and the structure of its technique, a discriminated union on
 * `kind` (DOMAIN.md, "The five techniques").
 */

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time such as 16:30");

export const ROUTINES = [
  "morning",
  "breakfast",
  "drop_off",
  "after_school",
  "homework",
  "bath",
  "bedtime",
  "custom",
] as const;
export const Routine = z.enum(ROUTINES);
export type Routine = z.infer<typeof Routine>;

/** Where an activity sits in the family's day; a custom routine names itself. */
export const RoutineAnchor = z
  .object({
    routine: Routine,
    customLabel: z.string().trim().min(1).max(60).optional(),
  })
  .refine((a) => a.routine !== "custom" || Boolean(a.customLabel), {
    message: "Name the routine",
    path: ["customLabel"],
  });
export type RoutineAnchor = z.infer<typeof RoutineAnchor>;

export const PROMPT_LEVELS = [
  "physical",
  "partial_physical",
  "model",
  "verbal",
  "independent",
] as const;
export const PromptLevel = z.enum(PROMPT_LEVELS);
export type PromptLevel = z.infer<typeof PromptLevel>;

export const REGULATION_CATEGORIES = ["heavy_work", "oral_motor", "rhythmic_movement"] as const;
export const RegulationCategory = z.enum(REGULATION_CATEGORIES);
export type RegulationCategory = z.infer<typeof RegulationCategory>;

/** The just-right-challenge rule; defaults from DOMAIN.md (8 of 10 in 3 sessions up, below 5 of 10 down). */
export const LadderRule = z.object({
  stepUpRate: z.number().min(0.6).max(1).default(0.8),
  stepUpSessions: z.number().int().min(1).max(10).default(3),
  stepDownBelowRate: z.number().min(0).max(0.9).default(0.5),
  minAttempts: z.number().int().min(1).max(50).default(5),
});
export type LadderRule = z.infer<typeof LadderRule>;

const Title = z.string().trim().min(1, "Give it a short name").max(120);

export const LadderStructure = z
  .object({
    kind: z.literal("ladder"),
    /** Easiest first; each says what changes at that level (support, size, speed, sensory load). */
    levels: z
      .array(z.object({ title: Title, change: z.string().trim().max(300).default("") }))
      .min(2, "A ladder needs at least two levels")
      .max(12),
    currentLevel: z.number().int().min(0),
    rule: LadderRule.default(LadderRule.parse({})),
  })
  .refine((s) => s.currentLevel < s.levels.length, {
    message: "The current level must be one of the levels",
    path: ["currentLevel"],
  });

export const CHAIN_DIRECTIONS = ["backward", "forward", "whole_task"] as const;

export const ChainStructure = z
  .object({
    kind: z.literal("chain"),
    steps: z
      .array(z.object({ title: Title, prompt: PromptLevel.default("physical") }))
      .min(2, "A chain needs at least two steps")
      .max(20),
    direction: z.enum(CHAIN_DIRECTIONS).default("backward"),
    /** Backward chaining: index of the first step the child does alone (steps.length - 1 = only the last). */
    childFrom: z.number().int().min(0),
    masteryStreak: z.number().int().min(1).max(10).default(3),
  })
  .refine((s) => s.childFrom < s.steps.length, {
    message: "The child's part must start at one of the steps",
    path: ["childFrom"],
  });

export const SensoryDietStructure = z.object({
  kind: z.literal("sensory_diet"),
  /** The day's predictable hard moments, e.g. homework at 16:30. */
  moments: z
    .array(z.object({ time: LocalTime, label: z.string().trim().min(1).max(60) }))
    .min(1, "Add at least one hard moment of the day")
    .max(8),
  menu: z
    .array(z.object({ title: Title, category: RegulationCategory }))
    .min(1, "Add at least one regulation activity")
    .max(12),
  /** How long before each moment the regulation activity starts (DOMAIN.md: 15–20 minutes). */
  leadMinutes: z.number().int().min(5).max(60).default(15),
  /** How long it lasts (DOMAIN.md: 5–8 minutes). */
  durationMinutes: z.number().int().min(2).max(30).default(6),
});

export const RoutinePracticeStructure = z.object({
  kind: z.literal("routine_practice"),
  minutes: z.number().int().min(1).max(60),
  daysPerWeek: z.number().int().min(1).max(7),
});

export const DescriptiveCommentingStructure = z.object({
  kind: z.literal("descriptive_commenting"),
  /** Descriptive comments per correction or instruction (DOMAIN.md: at least 4). */
  targetRatio: z.number().min(1).max(10).default(4),
});

export const ActivityStructure = z.discriminatedUnion("kind", [
  LadderStructure,
  ChainStructure,
  SensoryDietStructure,
  RoutinePracticeStructure,
  DescriptiveCommentingStructure,
]);
export type ActivityStructure = z.infer<typeof ActivityStructure>;
export type ActivityKind = ActivityStructure["kind"];
export const ACTIVITY_KINDS = [
  "ladder",
  "chain",
  "sensory_diet",
  "routine_practice",
  "descriptive_commenting",
] as const satisfies readonly ActivityKind[];

/** Paused activities stay in the program without showing on the family's day; archived ones leave it. */
export const ACTIVITY_STATUSES = ["active", "paused", "archived"] as const;
export const ActivityStatus = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** What a parent reads: plain, warm steps, why it works, time, ages and materials. */
export const ActivityContent = z
  .object({
    title: Title,
    /** One line a tired parent understands at a glance. */
    summary: z.string().trim().min(1).max(200),
    steps: z.array(z.string().trim().min(1).max(300)).min(1, "Add at least one step").max(15),
    why: z.string().trim().min(1).max(1200),
    minutes: z.number().int().min(1).max(60),
    ages: z.object({ min: z.number().int().min(0).max(18), max: z.number().int().min(0).max(18) }),
    materials: z.array(z.string().trim().min(1).max(80)).max(15).default([]),
    anchor: RoutineAnchor,
    /** The goals it serves, in the family's words (e.g. "buttoning", "calmer homework start"). */
    goals: z.array(z.string().trim().min(1).max(60)).max(8).default([]),
  })
  .refine((c) => c.ages.min <= c.ages.max, {
    message: "The youngest age must not be above the oldest",
    path: ["ages", "max"],
  });
export type ActivityContent = z.infer<typeof ActivityContent>;

/** An activity as a template in the clinic's library or inside a child's program. */
export const Activity = z.object({
  content: ActivityContent,
  structure: ActivityStructure,
});
export type Activity = z.infer<typeof Activity>;
