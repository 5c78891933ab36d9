import { z } from "zod";

import { storableText } from "@carryover/domain/bounds";
import { GUARDIAN_RELATIONSHIPS } from "@carryover/domain/children";
import { Email, Password, PersonName, Role } from "@carryover/domain/identity";

/** A name the inviter must give, asked for in words that say whose. */
const InviteeName = (missing: string) => z.string().trim().min(1, missing).pipe(PersonName);

const InviteeEmail = z
  .string()
  .trim()
  .min(1, "Enter the email address the invitation should go to.")
  .pipe(Email);

export const CreateInvitationInput = z.discriminatedUnion("role", [
  z.object({
    role: z.enum(["admin", "therapist", "biller"]),
    email: InviteeEmail,
    name: InviteeName("Enter the person's name."),
  }),
  z.object({
    role: z.literal("guardian"),
    email: InviteeEmail,
    name: InviteeName("Enter the family member's name."),
    childId: z.uuid("Choose the child this person cares for."),
    relationship: z.enum(GUARDIAN_RELATIONSHIPS, "Choose how they are related to the child."),
  }),
]);

export const CreateInvitationOutput = z.object({ invitationId: z.uuid(), expiresAt: z.date() });

export const InvitationToken = z.object({
  token: storableText(100).min(20, "That invitation link is incomplete"),
});

export const InvitationPreview = z.object({
  state: z.enum(["USABLE", "USED", "EXPIRED", "REVOKED"]),
  clinicName: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  childFirstName: z.string().nullable(),
  expiresAt: z.date(),
  hasAccount: z.boolean(),
});

/** `name` is for a new account; someone who already has one confirms with its password. */
export const AcceptInvitationInput = InvitationToken.extend({
  name: PersonName.optional(),
  password: Password,
});

export const InvitationRow = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: Role,
  childId: z.uuid().nullable(),
  childFirstName: z.string().nullable(),
  childLastName: z.string().nullable(),
  invitedByName: z.string(),
  createdAt: z.date(),
  expiresAt: z.date(),
  state: z.enum(["PENDING", "USED", "EXPIRED", "REVOKED"]),
});

export const InvitationList = z.array(InvitationRow);

export const InvitationId = z.object({ invitationId: z.uuid() });

export const Ok = z.object({ ok: z.literal(true) });

export const AcceptedInvitation = z.object({ email: z.string() });

export type CreateInvitationInput = z.infer<typeof CreateInvitationInput>;
export type InvitationToken = z.infer<typeof InvitationToken>;
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;
export type InvitationId = z.infer<typeof InvitationId>;
