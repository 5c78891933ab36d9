import type { Queryable } from "@carryover/db";
import {
  findPasskey,
  findPrimaryMembership,
  findUserById,
  usePasskey,
  usePendingSignIn,
} from "@carryover/db/queries";

import type { RequestMeta, ServiceDeps } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { openSession, type SignInAccount } from "./open-session";
import { takeChallenge, verifyAuthentication } from "./passkeys";
import { findLivePendingSignIn, pendingSignInExpired } from "./pending-sign-in";
import { recordFailedAttempt, refuseWhenLocked } from "./sign-in-lockout";
import type { PasskeyAssertion } from "./two-factor.contracts";

const refused = () =>
  new AppError(
    "UNAUTHENTICATED",
    "PASSKEY_REFUSED",
    "That passkey didn't work here. Try again, or sign in another way.",
  );

/**
 * A passkey after the password (the second factor), or instead of it: then the passkey must have
 * verified its user (a PIN or biometric), which makes it two factors on its own.
 */
export async function signInWithPasskey(
  deps: ServiceDeps,
  meta: RequestMeta,
  pendingToken: string | null,
  assertion: PasskeyAssertion,
): Promise<{ sessionId: string }> {
  const now = deps.now();
  const pending = pendingToken ? await findLivePendingSignIn(deps, pendingToken, now) : null;
  const passkey = await findPasskey(deps.db, assertion.id);
  const account = await accountOf(deps.db, passkey?.userId ?? pending?.account.userId);
  if (account) await refuseWhenLocked(deps, meta, account.email, now);
  const sessionId = await deps.db.transaction(async (tx) => {
    const taken = await takeChallenge(tx, assertion, now);
    const ownChallenge = taken && taken.userId === (pending?.account.userId ?? null);
    if (!passkey || !account || !ownChallenge) return null;
    if (pending && pending.account.userId !== passkey.userId) return null;
    const verified = await verifyAuthentication(deps, {
      response: assertion,
      expectedChallenge: taken.challenge,
      passkey,
      requireUserVerification: !pending,
    });
    if (!verified?.verified) return null;
    if (pending && !(await usePendingSignIn(tx, pending.pending.id, now)))
      throw pendingSignInExpired();
    await usePasskey(tx, passkey.id, verified.authenticationInfo.newCounter, now);
    await audit(tx, meta, {
      actorId: account.userId,
      clinicId: account.clinicId,
      action: "auth.passkey_used",
      entityType: "user",
      entityId: account.userId,
    });
    return openSession(tx, meta, account, now);
  });
  if (sessionId) return { sessionId };
  if (account)
    await deps.db.transaction((tx) =>
      recordFailedAttempt(tx, meta, { ...account, now, action: "auth.mfa_failed" }),
    );
  throw refused();
}

async function accountOf(q: Queryable, userId: string | undefined): Promise<SignInAccount | null> {
  if (!userId) return null;
  const user = await findUserById(q, userId);
  const membership = await findPrimaryMembership(q, userId);
  if (!user || !membership) return null;
  return {
    email: user.email.toLowerCase(),
    userId,
    membershipId: membership.membership.id,
    clinicId: membership.clinic.id,
  };
}
