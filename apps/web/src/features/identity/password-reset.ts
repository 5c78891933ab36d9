import {
  CompletePasswordResetInput,
  RequestPasswordResetInput,
} from "@carryover/api/contracts/password-reset";

import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";

/** What a form shows: messages beside its fields, and a problem above them. */
export type FormFailure<Field extends string> = {
  errors: FieldErrors<Field>;
  problem: string | null;
};

/** The typed-again password differs: a check only the form needs, so it is not in the contract. */
export const PASSWORDS_DIFFER = "The two passwords don't match.";

export const resetRequestFieldOf = (path: string | null): "email" | null =>
  path === "email" ? path : null;

/** The passwordReset.request input, or what is wrong with the email in words. */
export function checkResetRequest(
  email: string,
): { ok: true; input: RequestPasswordResetInput } | { ok: false; failure: FormFailure<"email"> } {
  const checked = checkForm(RequestPasswordResetInput, { email });
  if (checked.ok) return { ok: true, input: checked.value };
  const { errors, unplaced } = placeFieldErrors(checked.fieldErrors, resetRequestFieldOf);
  return { ok: false, failure: { errors, problem: unplaced[0] ?? null } };
}

type NewPasswordField = "password" | "confirm";

/** The form field behind an input path the server names; the reset link's token has none. */
export const newPasswordFieldOf = (path: string | null): NewPasswordField | null =>
  path === "password" ? path : null;

/** The passwordReset.complete input, or what is wrong in words: the password, its repeat, the link. */
export function checkNewPassword(draft: {
  token: string;
  password: string;
  confirm: string;
}):
  | { ok: true; input: CompletePasswordResetInput }
  | { ok: false; failure: FormFailure<NewPasswordField> } {
  const checked = checkForm(CompletePasswordResetInput, {
    token: draft.token,
    password: draft.password,
  });
  const differ = draft.password !== draft.confirm;
  if (checked.ok && !differ) return { ok: true, input: checked.value };
  const { errors, unplaced } = checked.ok
    ? { errors: {}, unplaced: [] }
    : placeFieldErrors(checked.fieldErrors, newPasswordFieldOf);
  return {
    ok: false,
    failure: {
      errors: differ ? { ...errors, confirm: PASSWORDS_DIFFER } : errors,
      problem: unplaced[0] ?? null,
    },
  };
}
