import { CreateInvitationInput } from "@carryover/api/contracts/invitation";

import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";

export type StaffRoleInvited = "therapist" | "admin" | "biller";
export type StaffInvitationDraft = { name: string; email: string; role: StaffRoleInvited };

type Field = keyof StaffInvitationDraft;
export type StaffInvitationErrors = FieldErrors<Field>;

export const EMPTY_STAFF_INVITATION: StaffInvitationDraft = {
  name: "",
  email: "",
  role: "therapist",
};

/** The form field behind an input path the server names, if the form has one. */
export const staffInvitationFieldOf = (path: string | null): Field | null =>
  path === "name" || path === "email" || path === "role" ? path : null;

/** The invitation.create input for a staff member, or what is wrong with each field in words. */
export function checkStaffInvitation(
  draft: StaffInvitationDraft,
): { ok: true; input: CreateInvitationInput } | { ok: false; errors: StaffInvitationErrors } {
  const checked = checkForm(CreateInvitationInput, {
    role: draft.role,
    name: draft.name,
    email: draft.email,
  });
  if (checked.ok) return { ok: true, input: checked.value };
  return {
    ok: false,
    errors: placeFieldErrors(checked.fieldErrors, staffInvitationFieldOf).errors,
  };
}
