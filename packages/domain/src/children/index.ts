import { z } from "zod";

import { calendarDate } from "../bounds";
import { ageInYears } from "./age";

export { ageInYears } from "./age";

export const GUARDIAN_RELATIONSHIPS = [
  "mother",
  "father",
  "parent",
  "grandparent",
  "foster_parent",
  "legal_guardian",
  "other_caregiver",
] as const;
export const GuardianRelationship = z.enum(GUARDIAN_RELATIONSHIPS);
export type GuardianRelationship = z.infer<typeof GuardianRelationship>;

export const RELATIONSHIP_LABELS: Record<GuardianRelationship, string> = {
  mother: "Mother",
  father: "Father",
  parent: "Parent",
  grandparent: "Grandparent",
  foster_parent: "Foster parent",
  legal_guardian: "Legal guardian",
  other_caregiver: "Other caregiver",
};

/** What a guardian may do for a child beyond seeing the record. */
export const GuardianPermissions = z.object({
  canEditProgram: z.boolean().default(false),
  canBook: z.boolean().default(true),
});
export type GuardianPermissions = z.infer<typeof GuardianPermissions>;

/** Children are 0–18 years old (DOMAIN.md); a date of birth is a local calendar date. */
export const DateOfBirth = calendarDate("Enter the date of birth as YYYY-MM-DD");

export function checkChildDateOfBirth(
  dateOfBirth: string,
  today: string,
): { ok: true } | { ok: false; reason: "IN_FUTURE" | "OVER_18" } {
  if (dateOfBirth > today) return { ok: false, reason: "IN_FUTURE" };
  if (ageInYears(dateOfBirth, today) > 18) return { ok: false, reason: "OVER_18" };
  return { ok: true };
}
export * from "./emergency-contact";
export * from "./family-needs";
