import { findPendingSignIn, findPrimaryMembership, findUserById } from "@carryover/db/queries";
import { decideTokenState } from "@carryover/domain/identity";

import type { ServiceDeps } from "../context";
import { AppError } from "../errors";
import type { SignInAccount } from "./open-session";
import { hashToken } from "./tokens";

export const pendingSignInExpired = () =>
  new AppError(
    "UNAUTHENTICATED",
    "SIGN_IN_EXPIRED",
    "Your sign-in timed out. Enter your email and password again.",
  );

/** The sign-in waiting for its second factor, with the account it will open a session for. */
export async function findLivePendingSignIn(
  deps: ServiceDeps,
  token: string | null | undefined,
  now: Date,
) {
  const pending = token ? await findPendingSignIn(deps.db, hashToken(token)) : undefined;
  if (!pending || !decideTokenState(pending, now).usable) throw pendingSignInExpired();
  const user = await findUserById(deps.db, pending.userId);
  const membership = await findPrimaryMembership(deps.db, pending.userId);
  if (!user || membership?.membership.id !== pending.membershipId) throw pendingSignInExpired();
  const account: SignInAccount = {
    email: user.email.toLowerCase(),
    userId: user.id,
    membershipId: membership.membership.id,
    clinicId: membership.clinic.id,
  };
  return { pending, account };
}
