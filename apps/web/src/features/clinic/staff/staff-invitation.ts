import { checkInvitationEmail } from "~/features/identity/invitation-email";
import type { FieldErrors } from "~/lib/form-errors";

export type StaffInvitationDraft = { name: string; email: string; role: "therapist" | "admin" };

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
): { ok: true; input: StaffInvitationDraft } | { ok: false; errors: StaffInvitationErrors } {
  const errors: StaffInvitationErrors = {};
  if (!draft.name.trim()) errors.name = "Enter the person's name.";
  const emailError = checkInvitationEmail(draft.email);
  if (emailError) errors.email = emailError;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { role: draft.role, name: draft.name.trim(), email: draft.email.trim() },
  };
}
