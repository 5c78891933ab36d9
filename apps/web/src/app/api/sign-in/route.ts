import { signIn as checkPassword } from "@carryover/api";
import { SignInInput } from "@carryover/api/contracts/account";
import { PENDING_SIGN_IN_MINUTES } from "@carryover/domain/identity";

import { checkForm } from "~/lib/form-errors";
import { serviceDeps } from "~/server/deps";
import { refuseForeignRequest } from "~/server/refuse-foreign-request";
import { requestMetaFrom } from "~/server/request-meta";
import { answerPasswordStep, problem, refusalOf, trustedDeviceToken } from "~/server/sign-in-steps";

/**
 * Email and password in; a session cookie out, the second step to take (`next`: "verify" or
 * "enrol", with a short-lived httpOnly cookie for it), or a plain answer: 400 (with each field's
 * message, as the form shows them), 401, or 429 with Retry-After. Only as JSON from our own origin:
 * another site's form could otherwise sign a browser in to an account of the attacker's (login CSRF).
 */
export async function POST(req: Request) {
  const refused = refuseForeignRequest(req, { jsonOnly: true });
  if (refused) return refused;
  const meta = requestMetaFrom(req.headers);
  const body: unknown = await req.json().catch(() => null);
  const checked = checkForm(SignInInput, body);
  if (!checked.ok) {
    const [field, error] = Object.entries(checked.fieldErrors)[0] ?? [];
    return problem(400, {
      error: error ?? "Enter your email and password.",
      field: field || null,
      fieldErrors: checked.fieldErrors,
    });
  }
  try {
    const outcome = await checkPassword(serviceDeps(), meta, checked.value, {
      rememberedToken: await trustedDeviceToken(),
    });
    return await answerPasswordStep(outcome, PENDING_SIGN_IN_MINUTES);
  } catch (error) {
    return refusalOf(error, meta, "/api/sign-in");
  }
}
