import { z } from "zod";

import { calendarDate, withoutNul } from "../bounds";
import { PromptLevel, type ActivityStructure } from "./activity";

const LocalDate = calendarDate("Use a date such as 2027-01-18");
const Count = (max: number) => z.number().int().min(0).max(max);

/** One tap's worth of logging, per technique. */
export const PracticeEntry = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("ladder"),
      level: z.number().int().min(0),
      success: Count(100),
      withHelp: Count(100),
      notYet: Count(100),
    })
    .refine((e) => e.success + e.withHelp + e.notYet >= 1, {
      message: "Count at least one try",
      path: ["success"],
    })
    .refine((e) => e.success + e.withHelp + e.notYet <= 100, {
      message: "That is more than 100 tries in one practice: check the counts",
      path: ["success"],
    }),
  z
    .object({
      kind: z.literal("chain"),
      childFrom: z.number().int().min(0),
      steps: z
        .array(z.object({ index: z.number().int().min(0), done: z.boolean(), prompt: PromptLevel }))
        .min(1, "Mark at least one step")
        .max(20),
    })
    .refine((e) => new Set(e.steps.map((s) => s.index)).size === e.steps.length, {
      message: "Each step once",
      path: ["steps"],
    }),
  z.object({
    kind: z.literal("sensory_diet"),
    outcome: z.enum(["done", "skipped"]),
    activityTitle: z.string().trim().max(120).check(withoutNul()).optional(),
    moment: z.string().trim().max(60).check(withoutNul()).optional(),
  }),
  z.object({
    kind: z.literal("routine_practice"),
    minutes: z
      .number({ error: "Enter the minutes" })
      .int("Use whole minutes")
      .min(1, "At least 1 minute")
      .max(239, "That is 4 hours or more: check the minutes"),
  }),
  z
    .object({
      kind: z.literal("descriptive_commenting"),
      descriptive: Count(500),
      directive: Count(500),
    })
    .refine((e) => e.descriptive + e.directive > 0, {
      message: "Count at least one comment",
      path: ["descriptive"],
    }),
]);
export type PracticeEntry = z.infer<typeof PracticeEntry>;

export const MOODS = ["great", "okay", "hard"] as const;

/** A practice as the family logs it: the entry, the day, and an optional note and mood. */
export const PracticeLog = z.object({
  entry: PracticeEntry,
  practisedOn: LocalDate,
  minutes: z
    .number()
    .int()
    .min(1, "At least 1 minute")
    .max(239, "That is 4 hours or more: check the minutes")
    .optional(),
  note: z
    .string()
    .trim()
    .max(1000, "Keep the note under 1,000 characters")
    .check(withoutNul())
    .optional(),
  mood: z.enum(MOODS).optional(),
});
export type PracticeLog = z.infer<typeof PracticeLog>;

/** What the progression engine counts for a ladder: tries with help or not yet are not successes. */
export function ladderTrials(entry: Extract<PracticeEntry, { kind: "ladder" }>) {
  return { successes: entry.success, attempts: entry.success + entry.withHelp + entry.notYet };
}

/** A chain attempt is independent when the child did every step of their part with no prompt. */
export function chainAttempt(entry: Extract<PracticeEntry, { kind: "chain" }>) {
  const part = entry.steps.filter((s) => s.index >= entry.childFrom);
  return {
    independent: part.length > 0 && part.every((s) => s.done && s.prompt === "independent"),
  };
}

/** The minutes a log counts toward the dose. */
export function entryMinutes(log: Pick<PracticeLog, "entry" | "minutes">): number | undefined {
  return log.entry.kind === "routine_practice" ? log.entry.minutes : log.minutes;
}

/** Whether a log fits the activity it is for: the same technique, a level or steps that exist. */
export function entryMatchesActivity(
  entry: PracticeEntry,
  structure: ActivityStructure,
): { ok: true } | { ok: false; field: string; message: string } {
  if (entry.kind !== structure.kind)
    return { ok: false, field: "kind", message: "This log is for a different kind of activity." };
  if (
    entry.kind === "ladder" &&
    structure.kind === "ladder" &&
    entry.level >= structure.levels.length
  )
    return { ok: false, field: "level", message: "That level is not part of this activity." };
  if (entry.kind === "chain" && structure.kind === "chain") {
    if (entry.childFrom >= structure.steps.length)
      return { ok: false, field: "childFrom", message: "That step is not part of this activity." };
    if (entry.steps.some((s) => s.index >= structure.steps.length))
      return { ok: false, field: "steps", message: "That step is not part of this activity." };
    // Every step of the child's part, so a log that leaves one out never counts as independent.
    const marked = new Set(entry.steps.map((s) => s.index));
    for (let index = entry.childFrom; index < structure.steps.length; index++)
      if (!marked.has(index))
        return { ok: false, field: "steps", message: "Mark each of the steps your child does." };
  }
  return { ok: true };
}
