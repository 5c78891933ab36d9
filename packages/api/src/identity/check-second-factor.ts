import type { Queryable } from "@carryover/db";
import { findTotpFactor, useRecoveryCode, useTotpStep } from "@carryover/db/queries";

import type { RequestMeta, ServiceDeps } from "../context";
import { audit } from "../policy/audit";
import type { CodeRefusal } from "./confirm-totp-enrolment";
import { matchTotpCode } from "./totp";
import { hashRecoveryCode, openSecret } from "./two-factor-secrets";

/** A code from the authenticator app, good once. */
export async function checkTotpCode(
  q: Queryable,
  deps: ServiceDeps,
  who: { userId: string; code: string },
): Promise<{ ok: true } | CodeRefusal> {
  const now = deps.now();
  const factor = await findTotpFactor(q, who.userId);
  if (!factor?.confirmedAt) return { ok: false, reason: "OUTSIDE_WINDOW" };
  const secret = openSecret(deps.authSecret, factor.secretSealed);
  const match = await matchTotpCode(secret, who.code, now, factor.lastUsedStep);
  if (!match.ok) return match;
  const used = await useTotpStep(q, { userId: who.userId, step: match.step, now, confirm: false });
  return used ? { ok: true } : { ok: false, reason: "REPLAYED" };
}

/** A recovery code, good once; its use is audited so the person and their admin can see it. */
export async function useRecovery(
  q: Queryable,
  deps: ServiceDeps,
  meta: RequestMeta,
  who: { userId: string; clinicId: string; code: string },
): Promise<boolean> {
  const used = await useRecoveryCode(q, who.userId, hashRecoveryCode(who.code), deps.now());
  if (used)
    await audit(q, meta, {
      actorId: who.userId,
      clinicId: who.clinicId,
      action: "auth.recovery_code_used",
      entityType: "user",
      entityId: who.userId,
    });
  return used;
}
