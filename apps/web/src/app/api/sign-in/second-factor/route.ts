import { completeSignIn } from "@carryover/api";
import { SecondFactorInput } from "@carryover/api/contracts/account";
import { REMEMBERED_DEVICE_DAYS } from "@carryover/domain/identity";

import { checkForm } from "~/lib/form-errors";
import { serviceDeps } from "~/server/deps";
import { refuseForeignRequest } from "~/server/refuse-foreign-request";
import { requestMetaFrom } from "~/server/request-meta";
import {
  deviceLabel,
  issueSession,
  pendingSignInToken,
  problem,
  refusalOf,
  rememberDevice,
} from "~/server/sign-in-steps";

/**
 * The second step of a sign-in: a code from the authenticator app or a recovery code, with the
 * pending sign-in's cookie. A session cookie out (and the recovery codes, when this step set up the
 * app), or 400/401/429 in words.
 */
export async function POST(req: Request) {
  const refused = refuseForeignRequest(req, { jsonOnly: true });
  if (refused) return refused;
  const meta = requestMetaFrom(req.headers);
  const body: unknown = await req.json().catch(() => null);
  const checked = checkForm(SecondFactorInput, body);
  if (!checked.ok) {
    const [field, error] = Object.entries(checked.fieldErrors)[0] ?? [];
    return problem(400, { error: error ?? "Enter the code.", field: field || null });
  }
  try {
    const done = await completeSignIn(
      serviceDeps(),
      meta,
      await pendingSignInToken(),
      checked.value,
      { label: deviceLabel(req.headers.get("user-agent")) },
    );
    if (done.rememberedDeviceToken)
      await rememberDevice(done.rememberedDeviceToken, REMEMBERED_DEVICE_DAYS);
    await issueSession(done.sessionId);
    return problem(200, { ok: true, recoveryCodes: done.recoveryCodes });
  } catch (error) {
    return refusalOf(error, meta, "/api/sign-in/second-factor");
  }
}
