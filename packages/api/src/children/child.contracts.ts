import { z } from "zod";

import {
  checkChildDateOfBirth,
  DateOfBirth,
  EmergencyContact,
  GuardianRelationship,
} from "@carryover/domain/children";
import { PersonName } from "@carryover/domain/identity";

export const ChildId = z.object({ childId: z.uuid("That child link is not valid") });

export const ChildSummary = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  primaryTherapistName: z.string().nullable(),
  isMine: z.boolean(),
});

const Person = z.object({ id: z.uuid(), name: z.string() });

export const ChildList = z.array(ChildSummary);

export const ChildProfile = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  primaryTherapist: Person.nullable(),
  therapists: z.array(Person),
  guardians: z.array(
    Person.extend({
      email: z.string().nullable(),
      /** Staff reach a guardian by it; other guardians do not see it. */
      phone: z.string().nullable(),
      relationship: GuardianRelationship,
      canEditProgram: z.boolean(),
      canBook: z.boolean(),
      canSeeBilling: z.boolean(),
    }),
  ),
  canManage: z.boolean(),
});

/** A child's name, asked for in words that say which one. */
const ChildName = (missing: string) => z.string().trim().min(1, missing).pipe(PersonName);

export const CreateChildInput = z.object({
  firstName: ChildName("Enter the child's first name."),
  lastName: ChildName("Enter the child's last name."),
  dateOfBirth: z.string().min(1, "Enter the child's date of birth.").pipe(DateOfBirth),
  primaryTherapistId: z.uuid("Choose a therapist").nullable(),
  therapistIds: z.array(z.uuid()).max(10).default([]),
});

/** Why child.create refuses a date of birth, given the clinic's today (checkChildDateOfBirth). */
export const DATE_OF_BIRTH_REFUSALS = {
  IN_FUTURE: "The date of birth can't be in the future.",
  OVER_18: "Carryover is for children up to 18 years old.",
} as const;

/** CreateChildInput with the date of birth checked against `today` in the clinic's zone, as child.create checks it. */
export const createChildInputOn = (today: string) =>
  CreateChildInput.superRefine((input, ctx) => {
    if (!DateOfBirth.safeParse(input.dateOfBirth).success) return;
    const check = checkChildDateOfBirth(input.dateOfBirth, today);
    if (!check.ok)
      ctx.addIssue({
        code: "custom",
        path: ["dateOfBirth"],
        message: DATE_OF_BIRTH_REFUSALS[check.reason],
      });
  });

export const CreatedChild = z.object({ childId: z.uuid() });

export const UpdateChildTherapistsInput = ChildId.extend({
  primaryTherapistId: z.uuid("Choose a therapist").nullable(),
  therapistIds: z.array(z.uuid()).max(10),
});

export const GuardianLinkKey = ChildId.extend({ guardianId: z.uuid() });

export const UpdateGuardianLinkInput = GuardianLinkKey.extend({
  relationship: GuardianRelationship.optional(),
  canEditProgram: z.boolean().optional(),
  canBook: z.boolean().optional(),
  canSeeBilling: z.boolean().optional(),
}).refine(
  (i) =>
    i.relationship !== undefined ||
    i.canEditProgram !== undefined ||
    i.canBook !== undefined ||
    i.canSeeBilling !== undefined,
  { message: "Say what to change: the relationship or a permission", path: ["relationship"] },
);

export const Ok = z.object({ ok: z.literal(true) });

export type ChildId = z.infer<typeof ChildId>;
export type CreateChildInput = z.infer<typeof CreateChildInput>;
export type UpdateChildTherapistsInput = z.infer<typeof UpdateChildTherapistsInput>;
export type GuardianLinkKey = z.infer<typeof GuardianLinkKey>;
export type UpdateGuardianLinkInput = z.infer<typeof UpdateGuardianLinkInput>;

export const UpdateEmergencyContactInput = ChildId.extend({ contact: EmergencyContact });

export const EmergencyContactAnswer = z.object({
  contact: z
    .object({
      name: z.string(),
      relationship: z.string(),
      phone: z.string(),
      updatedAt: z.date(),
      updatedByName: z.string().nullable(),
    })
    .nullable(),
  /** Whether this person may change it (every guardian of the child and the staff who manage it). */
  canEdit: z.boolean(),
});

export type UpdateEmergencyContactInput = z.infer<typeof UpdateEmergencyContactInput>;
