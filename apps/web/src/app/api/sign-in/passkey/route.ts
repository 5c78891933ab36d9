import { signInWithPasskey } from "@carryover/api";
import { PasskeySignInInput } from "@carryover/api/contracts/two-factor";

import { checkForm } from "~/lib/form-errors";
import { serviceDeps } from "~/server/deps";
import { refuseForeignRequest } from "~/server/refuse-foreign-request";
import { requestMetaFrom } from "~/server/request-meta";
import { issueSession, pendingSignInToken, problem, refusalOf } from "~/server/sign-in-steps";

/** The browser's passkey answer in; a session cookie out, or 400/401/429 in words. */
export async function POST(req: Request) {
  const refused = refuseForeignRequest(req, { jsonOnly: true });
  if (refused) return refused;
  const meta = requestMetaFrom(req.headers);
  const body: unknown = await req.json().catch(() => null);
  const checked = checkForm(PasskeySignInInput, body);
  if (!checked.ok)
    return problem(400, {
      error: Object.values(checked.fieldErrors)[0] ?? "Your browser's passkey answer was garbled.",
    });
  try {
    const { sessionId } = await signInWithPasskey(
      serviceDeps(),
      meta,
      checked.value.afterPassword ? await pendingSignInToken() : null,
      checked.value.response,
    );
    await issueSession(sessionId);
    return problem(200, { ok: true });
  } catch (error) {
    return refusalOf(error, meta, "/api/sign-in/passkey");
  }
}
