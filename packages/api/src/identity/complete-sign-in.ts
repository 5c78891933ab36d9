import type { Queryable } from "@carryover/db";
import { insertRememberedDevice, usePendingSignIn } from "@carryover/db/queries";
import { rememberedDeviceExpiry } from "@carryover/domain/identity";

import type { RequestMeta, ServiceDeps } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import type { SecondFactorInput } from "./account.contracts";
import { checkTotpCode, useRecovery } from "./check-second-factor";
import { CODE_REFUSALS, confirmTotpEnrolment, type CodeRefusal } from "./confirm-totp-enrolment";
import { openSession, type SignInAccount } from "./open-session";
import { findLivePendingSignIn, pendingSignInExpired } from "./pending-sign-in";
import { recordFailedAttempt, refuseWhenLocked } from "./sign-in-lockout";
import { newToken } from "./tokens";

export type CompletedSignIn = {
  sessionId: string;
  /** Made when the sign-in set up the authenticator app: shown once. */
  recoveryCodes: string[] | null;
  /** For the "trust this device" cookie, when asked for. */
  rememberedDeviceToken: string | null;
};

type Checked = { ok: true; recoveryCodes: string[] | null } | CodeRefusal;

const RECOVERY_REFUSED =
  "That recovery code didn't work. Each code works once: check it, or try another.";

/** The second step: a correct code opens the session; a wrong one counts toward the lockout. */
export async function completeSignIn(
  deps: ServiceDeps,
  meta: RequestMeta,
  pendingToken: string | null,
  input: SecondFactorInput,
  device: { label: string },
): Promise<CompletedSignIn> {
  const now = deps.now();
  const { pending, account } = await findLivePendingSignIn(deps, pendingToken, now);
  await refuseWhenLocked(deps, meta, account.email, now);
  const outcome = await deps.db.transaction(async (tx) => {
    const checked = await checkStep(tx, deps, meta, { step: pending.step, account, input });
    if (!checked.ok) return checked;
    if (!(await usePendingSignIn(tx, pending.id, now))) throw pendingSignInExpired();
    return {
      ok: true as const,
      sessionId: await openSession(tx, meta, account, now),
      recoveryCodes: checked.recoveryCodes,
      rememberedDeviceToken: input.rememberDevice
        ? await rememberDevice(tx, meta, account, device.label, now)
        : null,
    };
  });
  if (outcome.ok) return outcome;
  await deps.db.transaction((tx) =>
    recordFailedAttempt(tx, meta, { ...account, now, action: "auth.mfa_failed" }),
  );
  await refuseWhenLocked(deps, meta, account.email, now);
  const message = input.method === "recovery" ? RECOVERY_REFUSED : CODE_REFUSALS[outcome.reason];
  throw new AppError("UNAUTHENTICATED", "SECOND_FACTOR_REFUSED", message, { field: "code" });
}

async function checkStep(
  tx: Queryable,
  deps: ServiceDeps,
  meta: RequestMeta,
  attempt: { step: "verify" | "enrol"; account: SignInAccount; input: SecondFactorInput },
): Promise<Checked> {
  const { account, input } = attempt;
  if (attempt.step === "enrol") {
    if (input.method !== "totp") return { ok: false, reason: "NOT_STARTED" };
    return confirmTotpEnrolment(tx, deps, meta, { ...account, code: input.code });
  }
  if (input.method === "recovery") {
    const used = await useRecovery(tx, deps, meta, { ...account, code: input.code });
    return used ? { ok: true, recoveryCodes: null } : { ok: false, reason: "OUTSIDE_WINDOW" };
  }
  const checked = await checkTotpCode(tx, deps, { userId: account.userId, code: input.code });
  return checked.ok ? { ok: true, recoveryCodes: null } : checked;
}

async function rememberDevice(
  tx: Queryable,
  meta: RequestMeta,
  account: SignInAccount,
  label: string,
  now: Date,
): Promise<string> {
  const { token, tokenHash } = newToken();
  const id = await insertRememberedDevice(tx, {
    userId: account.userId,
    tokenHash,
    label,
    now,
    expiresAt: rememberedDeviceExpiry(now),
  });
  await audit(tx, meta, {
    actorId: account.userId,
    clinicId: account.clinicId,
    action: "auth.device_remembered",
    entityType: "remembered_device",
    entityId: id,
  });
  return token;
}
