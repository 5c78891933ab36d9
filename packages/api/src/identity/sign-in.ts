import { verifyPassword } from "@carryover/db/password";
import {
  findPrimaryMembership,
  findUserByEmail,
  insertUserSession,
  listFailuresForEmail,
  listFailuresForIp,
  recordSignInAttempt,
} from "@carryover/db/queries";
import {
  decideLockout,
  LOCKOUT,
  storableUserAgent,
  type Lockout,
} from "@carryover/domain/identity";

import type { RequestMeta, ServiceDeps } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import type { SignInInput } from "./account.contracts";

const lookback = (now: Date, rule: { windowMinutes: number; lockMinutes: number }) =>
  new Date(now.getTime() - (rule.windowMinutes + rule.lockMinutes) * 60_000);

const lockedError = (lockout: Extract<Lockout, { locked: true }>) => {
  const minutes = Math.ceil(lockout.retryAfterSeconds / 60);
  return new AppError(
    "TOO_MANY_REQUESTS",
    "SIGN_IN_LOCKED",
    `Too many attempts. For your security, sign-in is paused for ${minutes} minute${minutes === 1 ? "" : "s"}. You can also reset your password.`,
    { retryAfterSeconds: lockout.retryAfterSeconds },
  );
};

/** Checks credentials and opens a server-side session; returns its id for the session cookie. */
export async function signIn(
  deps: ServiceDeps,
  meta: RequestMeta,
  input: SignInInput,
): Promise<{ sessionId: string }> {
  const now = deps.now();
  const email = input.email.trim().toLowerCase();

  const lockoutNow = async () => {
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
  };

  const before = await lockoutNow();
  if (before.locked) throw lockedError(before);

  const user = await findUserByEmail(deps.db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const membership = user ? await findPrimaryMembership(deps.db, user.id) : undefined;

  if (!user || !membership || !passwordOk) {
    // Attributed to the account's clinic, so its admins see attempts to guess their people's passwords.
    await deps.db.transaction(async (tx) => {
      await recordSignInAttempt(tx, { email, ip: meta.ip, succeeded: false, at: now });
      await audit(tx, meta, {
        actorId: user?.id ?? null,
        clinicId: membership?.clinic.id ?? null,
        action: "auth.sign_in_failed",
        entityType: "user",
        entityId: user?.id,
      });
    });
    const after = await lockoutNow();
    if (after.locked) throw lockedError(after);
    throw new AppError("UNAUTHENTICATED", "INVALID_CREDENTIALS", "Email or password is incorrect.");
  }

  const sessionId = await deps.db.transaction(async (tx) => {
    await recordSignInAttempt(tx, { email, ip: meta.ip, succeeded: true, at: now });
    const id = await insertUserSession(tx, {
      userId: user.id,
      membershipId: membership.membership.id,
      ip: meta.ip,
      userAgent: storableUserAgent(meta.userAgent),
      now,
    });
    await audit(tx, meta, {
      actorId: user.id,
      clinicId: membership.clinic.id,
      action: "auth.sign_in",
      entityType: "session",
      entityId: id,
    });
    return id;
  });
  return { sessionId };
}
