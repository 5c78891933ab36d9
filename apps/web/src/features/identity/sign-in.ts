import { SignInInput, type SecondFactorMethod } from "@carryover/api/contracts/account";

import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";

type Field = "email" | "password";

/** What the sign-in form shows: messages beside its fields, and a problem above them. */
export type SignInFailure = { errors: FieldErrors<Field>; problem: string | null };

/** What /api/sign-in answers when it refuses. */
export type SignInRefusal = {
  error?: string;
  field?: string | null;
  fieldErrors?: Record<string, string>;
};

/** What /api/sign-in answers when the password was right: a session, or the second step to take. */
type PasswordAnswer = { ok?: boolean; next?: "verify" | "enrol"; methods?: SecondFactorMethod[] };

export type SecondStep = { kind: "verify"; methods: SecondFactorMethod[] } | { kind: "enrol" };

/** The password step: a session, the second step to take, or the refusal as the form shows it. */
export async function postPassword(
  input: SignInInput,
): Promise<{ kind: "session" } | SecondStep | { kind: "refused"; failure: SignInFailure }> {
  try {
    const response = await fetch("/api/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    const body: unknown = await response.json().catch(() => ({}));
    if (!response.ok) return { kind: "refused", failure: signInFailureOf(body as SignInRefusal) };
    const answer = body as PasswordAnswer;
    if (answer.next === "verify") return { kind: "verify", methods: answer.methods ?? [] };
    if (answer.next === "enrol") return { kind: "enrol" };
    return { kind: "session" };
  } catch {
    return { kind: "refused", failure: { errors: {}, problem: UNREACHABLE } };
  }
}

const UNREACHABLE = "We couldn't reach Carryover. Check your connection and try again.";

const TRY_AGAIN = "Sign-in failed. Please try again.";

export const signInFieldOf = (path: string | null): Field | null =>
  path === "email" || path === "password" ? path : null;

/** The /api/sign-in body, or what is wrong with each field in words. */
export function checkSignIn(
  email: string,
  password: string,
): { ok: true; input: SignInInput } | { ok: false; failure: SignInFailure } {
  const checked = checkForm(SignInInput, { email, password });
  if (checked.ok) return { ok: true, input: checked.value };
  const { errors, unplaced } = placeFieldErrors(checked.fieldErrors, signInFieldOf);
  return { ok: false, failure: { errors, problem: unplaced[0] ?? null } };
}

/** A refused sign-in as the form shows it: a field's message beside it, anything else above. */
export function signInFailureOf(refusal: SignInRefusal): SignInFailure {
  const fieldErrors =
    refusal.fieldErrors ??
    (refusal.field && refusal.error ? { [refusal.field]: refusal.error } : {});
  const { errors, unplaced } = placeFieldErrors(fieldErrors, signInFieldOf);
  const placed = Object.keys(errors).length > 0;
  return { errors, problem: unplaced[0] ?? (placed ? null : (refusal.error ?? TRY_AGAIN)) };
}
