import type { Queryable } from "@carryover/db";
import {
  listFailuresForEmail,
  listFailuresForIp,
  recordSignInAttempt,
} from "@carryover/db/queries";
import { decideLockout, LOCKOUT, type Lockout } from "@carryover/domain/identity";

import type { RequestMeta, ServiceDeps } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";

const lookback = (now: Date, rule: { windowMinutes: number; lockMinutes: number }) =>
  new Date(now.getTime() - (rule.windowMinutes + rule.lockMinutes) * 60_000);

/** Wrong passwords and wrong second-factor codes both count, per account and per address. */
export async function lockoutNow(
  deps: ServiceDeps,
  meta: RequestMeta,
  email: string,
  now: Date,
): Promise<Lockout> {
  const accountLock = decideLockout(
    await listFailuresForEmail(deps.db, email, lookback(now, LOCKOUT.account)),
    now,
    LOCKOUT.account,
  );
  if (accountLock.locked || !meta.ip) return accountLock;
  return decideLockout(
    await listFailuresForIp(deps.db, meta.ip, lookback(now, LOCKOUT.ip)),
    now,
    LOCKOUT.ip,
  );
}

export function lockedError(lockout: Extract<Lockout, { locked: true }>) {
  const minutes = Math.ceil(lockout.retryAfterSeconds / 60);
  return new AppError(
    "TOO_MANY_REQUESTS",
    "SIGN_IN_LOCKED",
    `Too many attempts. For your security, sign-in is paused for ${minutes} minute${minutes === 1 ? "" : "s"}. You can also reset your password.`,
    { retryAfterSeconds: lockout.retryAfterSeconds },
  );
}

export async function refuseWhenLocked(
  deps: ServiceDeps,
  meta: RequestMeta,
  email: string,
  now: Date,
) {
  const lockout = await lockoutNow(deps, meta, email, now);
  if (lockout.locked) throw lockedError(lockout);
}

/**
 * A failed attempt, attributed to the account's clinic so its admins see attempts to guess their
 * people's passwords or codes.
 */
export async function recordFailedAttempt(
  q: Queryable,
  meta: RequestMeta,
  attempt: {
    email: string;
    userId: string | null;
    clinicId: string | null;
    now: Date;
    action: "auth.sign_in_failed" | "auth.mfa_failed";
  },
) {
  await recordSignInAttempt(q, {
    email: attempt.email,
    ip: meta.ip,
    succeeded: false,
    at: attempt.now,
  });
  await audit(q, meta, {
    actorId: attempt.userId,
    clinicId: attempt.clinicId,
    action: attempt.action,
    entityType: "user",
    entityId: attempt.userId,
  });
}
