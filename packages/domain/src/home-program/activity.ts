import { z } from "zod";

import { withoutNul } from "../bounds";

/**
 * A home-program activity: what every activity has (the parent's steps, why it works, time, ages,
 * materials, the routine it lives in) and the structure of its technique, a discriminated union on
 * `kind` (DOMAIN.md, "The five techniques").
 */

// Plain words for each generic check, so the editor and the server say the same thing.
const FILL_IN = "Fill this in.";
const CHOOSE = "Choose one of the options.";
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

const group = <Shape extends z.ZodRawShape>(shape: Shape) => z.object(shape, { error: FILL_IN });
const text = (max: number, empty = FILL_IN) =>
  z
    .string({ error: FILL_IN })
    .trim()
    .min(1, empty)
    .max(max, `Keep it to ${max} characters or fewer.`)
    .check(withoutNul());
const optionalText = (max: number) =>
  z
    .string({ error: FILL_IN })
    .trim()
    .max(max, `Keep it to ${max} characters or fewer.`)
    .check(withoutNul());
const list = <Item extends z.ZodType>(item: Item, max: number) =>
  z.array(item, { error: FILL_IN }).max(max, `Keep it to ${max} or fewer.`);
const choice = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.enum(values, { error: CHOOSE });
const wholeNumber = (min: number) =>
  z.number({ error: "Enter a number." }).int("Use a whole number.").min(min, `Use ${min} or more.`);
const wholeNumberUpTo = (min: number, max: number) =>
  wholeNumber(min).max(max, `Use ${max} or less.`);
const number = (min: number, max: number) =>
  z
    .number({ error: "Enter a number." })
    .min(min, `Use ${min} or more.`)
    .max(max, `Use ${max} or less.`);
/** A share from 0 to 1, said as a percentage. */
const rate = (min: number, max: number) =>
  z
    .number({ error: "Enter a number." })
    .min(min, `Use ${percent(min)} or more.`)
    .max(max, `Use ${percent(max)} or less.`);

const LocalTime = z
  .string({ error: FILL_IN })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time such as 16:30");

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
export const Routine = choice(ROUTINES);
export type Routine = z.infer<typeof Routine>;

/** Where an activity sits in the family's day; a custom routine names itself. */
export const RoutineAnchor = group({
  routine: Routine,
  customLabel: text(60).optional(),
}).refine((a) => a.routine !== "custom" || Boolean(a.customLabel), {
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
export const PromptLevel = choice(PROMPT_LEVELS);
export type PromptLevel = z.infer<typeof PromptLevel>;

export const REGULATION_CATEGORIES = ["heavy_work", "oral_motor", "rhythmic_movement"] as const;
export const RegulationCategory = choice(REGULATION_CATEGORIES);
export type RegulationCategory = z.infer<typeof RegulationCategory>;

/** The just-right-challenge rule; defaults from DOMAIN.md (8 of 10 in 3 sessions up, below 5 of 10 down). */
export const LadderRule = group({
  stepUpRate: rate(0.6, 1).default(0.8),
  stepUpSessions: wholeNumberUpTo(1, 10).default(3),
  stepDownBelowRate: rate(0, 0.9).default(0.5),
  minAttempts: wholeNumberUpTo(1, 50).default(5),
});
export type LadderRule = z.infer<typeof LadderRule>;

const Title = text(120, "Give it a short name");

export const LadderStructure = group({
  kind: z.literal("ladder"),
  /** Easiest first; each says what changes at that level (support, size, speed, sensory load). */
  levels: list(group({ title: Title, change: optionalText(300).default("") }), 12).min(
    2,
    "A ladder needs at least two levels",
  ),
  currentLevel: wholeNumber(0),
  rule: LadderRule.default(LadderRule.parse({})),
}).refine((s) => s.currentLevel < s.levels.length, {
  message: "The current level must be one of the levels",
  path: ["currentLevel"],
});

export const CHAIN_DIRECTIONS = ["backward", "forward", "whole_task"] as const;

export const ChainStructure = group({
  kind: z.literal("chain"),
  steps: list(group({ title: Title, prompt: PromptLevel.default("physical") }), 20).min(
    2,
    "A chain needs at least two steps",
  ),
  direction: choice(CHAIN_DIRECTIONS).default("backward"),
  /** Backward chaining: index of the first step the child does alone (steps.length - 1 = only the last). */
  childFrom: wholeNumber(0),
  masteryStreak: wholeNumberUpTo(1, 10).default(3),
}).refine((s) => s.childFrom < s.steps.length, {
  message: "The child's part must start at one of the steps",
  path: ["childFrom"],
});

export const SensoryDietStructure = group({
  kind: z.literal("sensory_diet"),
  /** The day's predictable hard moments, e.g. homework at 16:30. */
  moments: list(group({ time: LocalTime, label: text(60) }), 8).min(
    1,
    "Add at least one hard moment of the day",
  ),
  menu: list(group({ title: Title, category: RegulationCategory }), 12).min(
    1,
    "Add at least one regulation activity",
  ),
  /** How long before each moment the regulation activity starts (DOMAIN.md: 15–20 minutes). */
  leadMinutes: wholeNumberUpTo(5, 60).default(15),
  /** How long it lasts (DOMAIN.md: 5–8 minutes). */
  durationMinutes: wholeNumberUpTo(2, 30).default(6),
});

export const RoutinePracticeStructure = group({
  kind: z.literal("routine_practice"),
  minutes: wholeNumberUpTo(1, 60),
  daysPerWeek: wholeNumberUpTo(1, 7),
});

export const DescriptiveCommentingStructure = group({
  kind: z.literal("descriptive_commenting"),
  /** Descriptive comments per correction or instruction (DOMAIN.md: at least 4). */
  targetRatio: number(1, 10).default(4),
});

export const ActivityStructure = z.discriminatedUnion(
  "kind",
  [
    LadderStructure,
    ChainStructure,
    SensoryDietStructure,
    RoutinePracticeStructure,
    DescriptiveCommentingStructure,
  ],
  // Not an object at all: missing. An object of no known kind: a wrong choice.
  {
    error: (issue) =>
      typeof issue.input === "object" && issue.input !== null && !Array.isArray(issue.input)
        ? CHOOSE
        : FILL_IN,
  },
);
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
export const ActivityContent = group({
  title: Title,
  /** One line a tired parent understands at a glance. */
  summary: text(200),
  steps: list(text(300), 15).min(1, "Add at least one step"),
  why: text(1200),
  minutes: wholeNumberUpTo(1, 60),
  ages: group({ min: wholeNumberUpTo(0, 18), max: wholeNumberUpTo(0, 18) }),
  materials: list(text(80), 15).default([]),
  anchor: RoutineAnchor,
  /** The goals it serves, in the family's words (e.g. "buttoning", "calmer homework start"). */
  goals: list(text(60), 8).default([]),
}).refine((c) => c.ages.min <= c.ages.max, {
  message: "The youngest age must not be above the oldest",
  path: ["ages", "max"],
});
export type ActivityContent = z.infer<typeof ActivityContent>;

/** An activity as a template in the clinic's library or inside a child's program. */
export const Activity = group({
  content: ActivityContent,
  structure: ActivityStructure,
});
export type Activity = z.infer<typeof Activity>;
