import { startSignInEnrolment } from "@carryover/api";

import { serviceDeps } from "~/server/deps";
import { refuseForeignRequest } from "~/server/refuse-foreign-request";
import { requestMetaFrom } from "~/server/request-meta";
import { pendingSignInToken, problem, refusalOf } from "~/server/sign-in-steps";

/**
 * When the clinic requires a second factor of someone who has none: after their password, a new
 * authenticator-app secret (QR code and key) for the pending sign-in. The second-factor step confirms it.
 */
export async function POST(req: Request) {
  const refused = refuseForeignRequest(req, { jsonOnly: true });
  if (refused) return refused;
  const meta = requestMetaFrom(req.headers);
  try {
    const enrolment = await startSignInEnrolment(serviceDeps(), await pendingSignInToken());
    return problem(200, enrolment);
  } catch (error) {
    return refusalOf(error, meta, "/api/sign-in/enrol");
  }
}
