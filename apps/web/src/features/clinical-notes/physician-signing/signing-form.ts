import { SignPlanOfCareInput } from "@carryover/api/contracts/plan-of-care";

import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";

export type SigningField = "physicianName" | "npi" | "attest";

export type SigningAnswer = { physicianName: string; npi: string; attest: boolean };

/** The form's field for an input path of `planOfCare.sign`; the token and date have none. */
export function signingFieldOf(path: string): SigningField | null {
  return path === "physicianName" || path === "npi" || path === "attest" ? path : null;
}

/** The physician's answer checked with the server's contract, dated the clinic's today. */
export function checkSigningAnswer(
  token: string,
  today: string,
  answer: SigningAnswer,
):
  | { ok: true; input: SignPlanOfCareInput }
  | { ok: false; errors: FieldErrors<SigningField>; problem: string | null } {
  const checked = checkForm(SignPlanOfCareInput, { token, signedOn: today, ...answer });
  if (checked.ok) return { ok: true, input: checked.value };
  const { errors, unplaced } = placeFieldErrors(checked.fieldErrors, signingFieldOf);
  return { ok: false, errors, problem: unplaced[0] ?? null };
}
