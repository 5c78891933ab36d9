import { SecondFactorInput } from "@carryover/api/contracts/account";

import { checkForm } from "~/lib/form-errors";

export type SecondFactorMode = "totp" | "recovery";

/** What the second step shows: a message beside the code, or a problem above the form. */
export type StepFailure = { code: string | null; problem: string | null };

/** What the sign-in routes answer. */
export type StepAnswer = {
  ok?: boolean;
  error?: string;
  reason?: string;
  field?: string | null;
  recoveryCodes?: string[] | null;
};

export const UNREACHABLE = "We couldn't reach Carryover. Check your connection and try again.";

/** The /api/sign-in/second-factor body, or the code's problem in words. */
export function checkSecondFactor(mode: SecondFactorMode, code: string, rememberDevice: boolean) {
  const checked = checkForm(SecondFactorInput, { method: mode, code, rememberDevice });
  if (checked.ok) return { ok: true as const, input: checked.value };
  const message = checked.fieldErrors.code ?? Object.values(checked.fieldErrors)[0] ?? null;
  return { ok: false as const, failure: { code: message, problem: null } };
}

/** A refused step: a timed-out sign-in starts over; a wrong code is said beside the field. */
export function stepFailureOf(answer: StepAnswer): StepFailure & { startOver: boolean } {
  const message = answer.error ?? "That didn't work. Please try again.";
  if (answer.reason === "SIGN_IN_EXPIRED") return { code: null, problem: message, startOver: true };
  return answer.field === "code"
    ? { code: message, problem: null, startOver: false }
    : { code: null, problem: message, startOver: false };
}

export async function postStep(
  path: string,
  body: unknown,
): Promise<{ ok: boolean; answer: StepAnswer }> {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { ok: response.ok, answer: (await response.json().catch(() => ({}))) as StepAnswer };
}
