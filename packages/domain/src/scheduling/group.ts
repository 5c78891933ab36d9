import { z } from "zod";

import { storableText, withoutNul } from "../bounds";
import { ageInYears } from "../children";

/** Ages 0–21: the clinic sees children, and Medicaid (EPSDT) covers them until 21. */
export const GROUP_AGE_MAX_YEARS = 21;
export const GROUP_NAME_MAX = 80;
export const GROUP_TOPIC_MAX = 200;

/** What families see a group by, e.g. "Handwriting club". */
const NAME_NEEDED = "Give the group a name families will recognize, for example Handwriting club";
export const GroupName = z
  .string(NAME_NEEDED)
  .max(GROUP_NAME_MAX, `Keep the name to ${GROUP_NAME_MAX} characters`)
  .check(withoutNul())
  .trim()
  .min(1, NAME_NEEDED);

/** What the group works on, in a sentence; empty means none. */
export const GroupTopic = storableText(
  GROUP_TOPIC_MAX,
  `Keep the topic to ${GROUP_TOPIC_MAX} characters`,
)
  .trim()
  .transform((topic) => (topic === "" ? null : topic));

const AgeYears = z
  .number("Enter an age in whole years")
  .int("Enter an age in whole years")
  .min(0, "An age starts at 0")
  .max(GROUP_AGE_MAX_YEARS, `Choose an age up to ${GROUP_AGE_MAX_YEARS}`);

/** The ages a group is meant for, in whole years, both ends included; either end may be open. */
export const AgeRange = z
  .object({ min: AgeYears.nullable().default(null), max: AgeYears.nullable().default(null) })
  .refine((r) => r.min === null || r.max === null || r.min <= r.max, {
    message: "The youngest age can't be above the oldest",
    path: ["max"],
  });
export type AgeRange = z.infer<typeof AgeRange>;

/** A group's details as the therapist sets them. */
export const GroupDetails = z.object({
  name: GroupName,
  topic: GroupTopic.nullable().default(null),
  ages: AgeRange.default({ min: null, max: null }),
});
export type GroupDetails = z.infer<typeof GroupDetails>;

export type AgeFit = "fits" | "younger" | "older";

/** Whether a child, on a given local date, is within the group's ages (a bound left open always fits). */
export function ageFit(
  dateOfBirth: string,
  range: { min: number | null; max: number | null },
  onDate: string,
): AgeFit {
  const age = ageInYears(dateOfBirth, onDate);
  if (range.min !== null && age < range.min) return "younger";
  if (range.max !== null && age > range.max) return "older";
  return "fits";
}

/** "For ages 5–7", "For ages 5 and up", "For ages up to 7", "For age 6"; null when the group is open to any age. */
export function describeAgeRange(range: { min: number | null; max: number | null }): string | null {
  const { min, max } = range;
  if (min === null && max === null) return null;
  if (min !== null && max !== null)
    return min === max ? `For age ${min}` : `For ages ${min}–${max}`;
  if (min !== null) return `For ages ${min} and up`;
  return `For ages up to ${max}`;
}
