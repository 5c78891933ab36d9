import type { Queryable } from "@carryover/db";
import { findTotpFactor, replaceRecoveryCodes, useTotpStep } from "@carryover/db/queries";

import type { RequestMeta, ServiceDeps } from "../context";
import { audit } from "../policy/audit";
import { matchTotpCode } from "./totp";
import { hashRecoveryCode, newRecoveryCodes, openSecret } from "./two-factor-secrets";

export type CodeRefusal = { ok: false; reason: "OUTSIDE_WINDOW" | "REPLAYED" | "NOT_STARTED" };

/** What a person reads when a code is refused, and what to do next. */
export const CODE_REFUSALS: Record<CodeRefusal["reason"], string> = {
  OUTSIDE_WINDOW:
    "That code didn't match. Enter the 6-digit code your authenticator app shows now.",
  REPLAYED: "That code was already used. Wait for the next code in your app, then enter it.",
  NOT_STARTED: "This set-up has expired. Start setting up the authenticator app again.",
};

/** The first code from the app confirms it; ten recovery codes are made then, and shown once. */
export async function confirmTotpEnrolment(
  q: Queryable,
  deps: ServiceDeps,
  meta: RequestMeta,
  who: { userId: string; clinicId: string; code: string },
): Promise<{ ok: true; recoveryCodes: string[] } | CodeRefusal> {
  const now = deps.now();
  const factor = await findTotpFactor(q, who.userId);
  if (!factor || factor.confirmedAt) return { ok: false, reason: "NOT_STARTED" };
  const secret = openSecret(deps.authSecret, factor.secretSealed);
  const match = await matchTotpCode(secret, who.code, now, factor.lastUsedStep);
  if (!match.ok) return match;
  if (!(await useTotpStep(q, { userId: who.userId, step: match.step, now, confirm: true })))
    return { ok: false, reason: "REPLAYED" };
  const recoveryCodes = newRecoveryCodes();
  await replaceRecoveryCodes(q, who.userId, recoveryCodes.map(hashRecoveryCode), now);
  await audit(q, meta, {
    actorId: who.userId,
    clinicId: who.clinicId,
    action: "auth.mfa_enrolled",
    entityType: "user",
    entityId: who.userId,
  });
  return { ok: true, recoveryCodes };
}
