import type { Activity } from "./activity";
import { isSameValue } from "./same-value";

/**
 * Whether a guardian may make this change to an activity, given what the therapist opened to
 * guardians: with "sensory_moments", the hard moments of a sensory diet (their times and labels)
 * and nothing else. Everything else in an activity is the therapist's.
 */
export function guardianMayChangeActivity(
  before: Activity,
  after: Activity,
  editable: readonly string[],
): boolean {
  if (before.structure.kind !== "sensory_diet" || after.structure.kind !== "sensory_diet")
    return false;
  if (!editable.includes("sensory_moments")) return false;
  const { moments: _before, ...restBefore } = before.structure;
  const { moments: _after, ...restAfter } = after.structure;
  return isSameValue(before.content, after.content) && isSameValue(restBefore, restAfter);
}
