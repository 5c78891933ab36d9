import { z } from "zod";

export const ROLES = ["admin", "therapist", "guardian"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const STAFF_ROLES = ["admin", "therapist"] as const satisfies readonly Role[];
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;

export const isStaff = (role: Role): role is StaffRole => role !== "guardian";

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

export const US_STATES = [
  "AL",
  "AK",
  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",
  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",
  "VA",
  "WA",
  "WV",
  "WI",
  "WY",
] as const;
export const UsState = z.enum(US_STATES);
export type UsState = z.infer<typeof UsState>;

export const PersonName = z
  .string()
  .trim()
  .min(1, "Enter a name")
  .max(120, "Keep the name under 120 characters");
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter an email address like name@example.com").max(254));

/** Children are 0–18 years old (DOMAIN.md); a date of birth is a local calendar date. */
export const DateOfBirth = z.iso.date("Enter the date of birth as YYYY-MM-DD");

export function ageInYears(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

export function checkChildDateOfBirth(
  dateOfBirth: string,
  today: string,
): { ok: true } | { ok: false; reason: "IN_FUTURE" | "OVER_18" } {
  if (dateOfBirth > today) return { ok: false, reason: "IN_FUTURE" };
  if (ageInYears(dateOfBirth, today) > 18) return { ok: false, reason: "OVER_18" };
  return { ok: true };
}

/** What a person is called in a greeting, a calendar title or a video tile. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? "";
