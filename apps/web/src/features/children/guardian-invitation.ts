import { GUARDIAN_RELATIONSHIPS, type GuardianRelationship } from "@carryover/domain/children";

import { checkInvitationEmail } from "~/features/identity/invitation-email";
import type { FieldErrors } from "~/lib/form-errors";

export type GuardianInvitationDraft = {
  childId: string;
  name: string;
  email: string;
  relationship: string;
};

type Field = keyof GuardianInvitationDraft;
export type GuardianInvitationErrors = FieldErrors<Field>;

type GuardianInvitation = {
  role: "guardian";
  childId: string;
  name: string;
  email: string;
  relationship: GuardianRelationship;
};

const FIELDS: readonly Field[] = ["childId", "name", "email", "relationship"];

/** The form field behind an input path the server names, if the form has one. */
export const guardianInvitationFieldOf = (path: string | null): Field | null =>
  FIELDS.find((field) => field === path) ?? null;

const isRelationship = (value: string): value is GuardianRelationship =>
  (GUARDIAN_RELATIONSHIPS as readonly string[]).includes(value);

/** The invitation.create input for a family member, or what is wrong with each field in words. */
export function checkGuardianInvitation(
  draft: GuardianInvitationDraft,
): { ok: true; input: GuardianInvitation } | { ok: false; errors: GuardianInvitationErrors } {
  const errors: GuardianInvitationErrors = {};
  if (!draft.childId) errors.childId = "Choose the child this person cares for.";
  if (!draft.name.trim()) errors.name = "Enter the family member's name.";
  const emailError = checkInvitationEmail(draft.email);
  if (emailError) errors.email = emailError;
  if (!isRelationship(draft.relationship))
    errors.relationship = "Choose how they are related to the child.";
  if (Object.keys(errors).length > 0 || !isRelationship(draft.relationship))
    return { ok: false, errors };
  return {
    ok: true,
    input: {
      role: "guardian",
      childId: draft.childId,
      name: draft.name.trim(),
      email: draft.email.trim(),
      relationship: draft.relationship,
    },
  };
}
