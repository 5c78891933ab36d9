import { passkeySignInOptions } from "@carryover/api";
import { PasskeyOptionsInput } from "@carryover/api/contracts/two-factor";

import { serviceDeps } from "~/server/deps";
import { refuseForeignRequest } from "~/server/refuse-foreign-request";
import { requestMetaFrom } from "~/server/request-meta";
import { pendingSignInToken, problem, refusalOf } from "~/server/sign-in-steps";

/**
 * A WebAuthn challenge for signing in with a passkey: after the password (the pending sign-in's
 * cookie), for that person's passkeys; without it, for any passkey of this site.
 */
export async function POST(req: Request) {
  const refused = refuseForeignRequest(req, { jsonOnly: true });
  if (refused) return refused;
  const meta = requestMetaFrom(req.headers);
  const body: unknown = await req.json().catch(() => null);
  const { afterPassword } = PasskeyOptionsInput.safeParse(body).data ?? { afterPassword: false };
  try {
    const pending = afterPassword ? await pendingSignInToken() : null;
    return problem(200, { ...(await passkeySignInOptions(serviceDeps(), pending)) });
  } catch (error) {
    return refusalOf(error, meta, "/api/sign-in/passkey/options");
  }
}
