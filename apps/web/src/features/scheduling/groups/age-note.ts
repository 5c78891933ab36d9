import { ageInYears } from "@carryover/domain/children";
import { ageFit, describeAgeRange, localDateOf } from "@carryover/domain/scheduling";

type AgedGroup = {
  ages: { min: number | null; max: number | null };
  start: Date;
  timeZone: string;
};
type AgedChild = { firstName: string; dateOfBirth: string };

/**
 * "For ages 5–7 — Maya is 8" when a child is outside a group's ages on the day it meets; null when
 * the child fits or the group is open to any age. Joining is still allowed: the therapist decides.
 */
export function ageNote(group: AgedGroup, child: AgedChild): string | null {
  const range = describeAgeRange(group.ages);
  const onDate = localDateOf(group.start, group.timeZone);
  if (!range || ageFit(child.dateOfBirth, group.ages, onDate) === "fits") return null;
  return `${range} — ${child.firstName} is ${ageInYears(child.dateOfBirth, onDate)}`;
}

/** "Handwriting club" or, for a group opened before groups had names, its session type's. */
export const groupTitle = (group: { name: string | null; sessionTypeName: string }) =>
  group.name ?? group.sessionTypeName;
