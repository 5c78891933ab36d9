import { z } from "zod";

import { DateOfBirth, GuardianRelationship } from "@carryover/domain/children";
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
      relationship: GuardianRelationship,
      canEditProgram: z.boolean(),
      canBook: z.boolean(),
    }),
  ),
  canManage: z.boolean(),
});

export const CreateChildInput = z.object({
  firstName: PersonName,
  lastName: PersonName,
  dateOfBirth: DateOfBirth,
  primaryTherapistId: z.uuid("Choose a therapist").nullable(),
  therapistIds: z.array(z.uuid()).max(10).default([]),
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
});

export const Ok = z.object({ ok: z.literal(true) });

export type ChildId = z.infer<typeof ChildId>;
export type CreateChildInput = z.infer<typeof CreateChildInput>;
export type UpdateChildTherapistsInput = z.infer<typeof UpdateChildTherapistsInput>;
export type GuardianLinkKey = z.infer<typeof GuardianLinkKey>;
export type UpdateGuardianLinkInput = z.infer<typeof UpdateGuardianLinkInput>;
