import { listPasskeys } from "@carryover/db/queries";

import type { ServiceDeps } from "../context";
import { authenticationOptions } from "./passkeys";
import { findLivePendingSignIn } from "./pending-sign-in";

/**
 * What the browser needs to use a passkey: after a password, for that person's passkeys; with no
 * sign-in under way, for any passkey of this site that the browser holds (sign-in without a password).
 */
export async function passkeySignInOptions(deps: ServiceDeps, pendingToken: string | null) {
  if (!pendingToken) return authenticationOptions(deps, null);
  const { account } = await findLivePendingSignIn(deps, pendingToken, deps.now());
  const passkeys = await listPasskeys(deps.db, account.userId);
  return authenticationOptions(deps, {
    userId: account.userId,
    passkeyIds: passkeys.map((p) => p.id),
  });
}
