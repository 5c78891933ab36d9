import { ChangePasswordInput, UpdateMyDetailsInput } from "@carryover/api/contracts/account";

import { checkForm, placeFieldErrors } from "~/lib/form-errors";
import { PASSWORDS_DIFFER, type FormFailure } from "./password-reset";

type DetailsField = "name" | "phone";

export const detailsFieldOf = (path: string | null): DetailsField | null =>
  path === "name" || path === "phone" ? path : null;

/** account.updateDetails's input, or what is wrong with the name or phone in words. */
export function checkMyDetails(draft: {
  name: string;
  phone: string;
}): { ok: true; input: UpdateMyDetailsInput } | { ok: false; failure: FormFailure<DetailsField> } {
  const checked = checkForm(UpdateMyDetailsInput, draft);
  if (checked.ok) return { ok: true, input: checked.value };
  const { errors, unplaced } = placeFieldErrors(checked.fieldErrors, detailsFieldOf);
  return { ok: false, failure: { errors, problem: unplaced[0] ?? null } };
}

type PasswordField = "currentPassword" | "newPassword" | "confirm";

export const changePasswordFieldOf = (path: string | null): PasswordField | null =>
  path === "currentPassword" || path === "newPassword" ? path : null;

/** account.changePassword's input, or what is wrong in words, the typed-again password included. */
export function checkPasswordChange(draft: {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}): { ok: true; input: ChangePasswordInput } | { ok: false; failure: FormFailure<PasswordField> } {
  const checked = checkForm(ChangePasswordInput, {
    currentPassword: draft.currentPassword,
    newPassword: draft.newPassword,
  });
  const differ = draft.newPassword !== draft.confirm;
  if (checked.ok && !differ) return { ok: true, input: checked.value };
  const { errors, unplaced } = checked.ok
    ? { errors: {}, unplaced: [] }
    : placeFieldErrors(checked.fieldErrors, changePasswordFieldOf);
  return {
    ok: false,
    failure: {
      errors: differ ? { ...errors, confirm: PASSWORDS_DIFFER } : errors,
      problem: unplaced[0] ?? null,
    },
  };
}
