import { CreateInvitationInput } from "@carryover/api/contracts/invitation";

import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";

export type GuardianInvitationDraft = {
  childId: string;
  name: string;
  email: string;
  relationship: string;
};

type Field = keyof GuardianInvitationDraft;
export type GuardianInvitationErrors = FieldErrors<Field>;

const FIELDS: readonly Field[] = ["childId", "name", "email", "relationship"];

/** The form field behind an input path the server names, if the form has one. */
export const guardianInvitationFieldOf = (path: string | null): Field | null =>
  FIELDS.find((field) => field === path) ?? null;

/** The invitation.create input for a family member, or what is wrong with each field in words. */
export function checkGuardianInvitation(
  draft: GuardianInvitationDraft,
): { ok: true; input: CreateInvitationInput } | { ok: false; errors: GuardianInvitationErrors } {
  const checked = checkForm(CreateInvitationInput, { role: "guardian", ...draft });
  if (checked.ok) return { ok: true, input: checked.value };
  return {
    ok: false,
    errors: placeFieldErrors(checked.fieldErrors, guardianInvitationFieldOf).errors,
  };
}
