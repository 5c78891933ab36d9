import { z } from "zod";

import { storableText } from "../bounds";

/** A long-term goal carries short-term steps toward it (DOMAIN.md, "Clinical records"). */
export const GOAL_TERMS = ["long", "short"] as const;
export const GoalTerm = z.enum(GOAL_TERMS, "Choose a long-term or a short-term goal");
export type GoalTerm = z.infer<typeof GoalTerm>;

/** Where a goal stands in the plan of care. */
export const GOAL_STATES = ["active", "met", "discontinued"] as const;
export const GoalState = z.enum(GOAL_STATES, "Choose active, met or discontinued");
export type GoalState = z.infer<typeof GoalState>;

/** How a visit moved a goal, as its note records it. */
export const GOAL_VISIT_STATUSES = [
  "met",
  "progressing",
  "no_change",
  "regressed",
  "not_addressed",
] as const;
export const GoalVisitStatus = z.enum(GOAL_VISIT_STATUSES, "Choose how the goal went this visit");
export type GoalVisitStatus = z.infer<typeof GoalVisitStatus>;

const part = (max: number, missing: string) =>
  storableText(max, `Keep it under ${max} characters`).pipe(z.string().trim().min(1, missing));

/**
 * A measurable goal: who, does what, how well, by when — "Maya / will put on both shoes / with no
 * more than one verbal prompt in 4 of 5 mornings / within 12 weeks".
 */
export const GoalStatement = z.object({
  who: part(80, "Say who: the child's name, or the caregiver"),
  does: part(300, "Say what they will do"),
  howWell: part(300, "Say how well: prompts, accuracy or how often"),
  byWhen: part(120, "Say by when, e.g. within 12 weeks"),
});
export type GoalStatement = z.infer<typeof GoalStatement>;

/** The family's own words for the same goal, shown on their portal. */
export const FamilyWording = part(500, "Write the goal as the family would say it");

const bare = (text: string) => text.trim().replace(/[.\s]+$/, "");

/** The goal's clinical sentence, as a note or a plan of care prints it. */
export function goalSentence(goal: GoalStatement): string {
  const does = bare(goal.does).replace(/^will\s+/i, "");
  return `${bare(goal.who)} will ${does} ${bare(goal.howWell)} ${bare(goal.byWhen)}.`;
}
