import { AcceptInvitationInput } from "@carryover/api/contracts/invitation";

import { checkForm, placeFieldErrors } from "~/lib/form-errors";
import { PASSWORDS_DIFFER, type FormFailure } from "./password-reset";

type Field = "name" | "password" | "confirm";

export type InvitationAnswer = {
  token: string;
  /** Someone with an account confirms with its password; someone new gives a name and chooses one. */
  hasAccount: boolean;
  name: string;
  password: string;
  confirm: string;
};

/** The form field behind an input path the server names; the invitation's token has none. */
export const acceptInvitationFieldOf = (path: string | null): Field | null =>
  path === "name" || path === "password" ? path : null;

/** The invitation.accept input, or what is wrong in words: the name, the password, its repeat, the link. */
export function checkInvitationAnswer(
  answer: InvitationAnswer,
): { ok: true; input: AcceptInvitationInput } | { ok: false; failure: FormFailure<Field> } {
  const { token, password } = answer;
  const checked = checkForm(
    AcceptInvitationInput,
    answer.hasAccount ? { token, password } : { token, name: answer.name, password },
  );
  const differ = !answer.hasAccount && password !== answer.confirm;
  if (checked.ok && !differ) return { ok: true, input: checked.value };
  const { errors, unplaced } = checked.ok
    ? { errors: {}, unplaced: [] }
    : placeFieldErrors(checked.fieldErrors, acceptInvitationFieldOf);
  return {
    ok: false,
    failure: {
      errors: differ ? { ...errors, confirm: PASSWORDS_DIFFER } : errors,
      problem: unplaced[0] ?? null,
    },
  };
}
