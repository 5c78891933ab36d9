import { startTotpFactor } from "@carryover/db/queries";

import type { ServiceDeps } from "../context";
import { AppError } from "../errors";
import { newTotpSecret, qrPath, totpUri } from "./totp";
import { sealSecret } from "./two-factor-secrets";

/** A new authenticator-app secret, unconfirmed until a code from the app comes back. */
export async function startTotpEnrolment(
  deps: ServiceDeps,
  who: { userId: string; email: string },
) {
  const secret = newTotpSecret();
  const started = await startTotpFactor(deps.db, {
    userId: who.userId,
    secretSealed: sealSecret(deps.authSecret, secret),
    now: deps.now(),
  });
  if (!started)
    throw new AppError(
      "CONFLICT",
      "TOTP_ALREADY_SET_UP",
      "An authenticator app is already set up for your account. Remove it first to set up another.",
    );
  const uri = totpUri(secret, who.email);
  return { secret, uri, qr: qrPath(uri) };
}
