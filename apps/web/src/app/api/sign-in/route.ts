import { AppError, signIn as openSession } from "@carryover/api";
import { SignInInput } from "@carryover/api/contracts/account";

import { checkForm } from "~/lib/form-errors";
import { signIn } from "~/server/auth";
import { serviceDeps } from "~/server/deps";
import { describeFailure, log } from "~/server/log";
import { refuseForeignRequest } from "~/server/refuse-foreign-request";
import { requestMetaFrom } from "~/server/request-meta";

const problem = (
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) => Response.json(body, { status, headers });

/**
 * Email and password in; a session cookie out, or a plain answer: 400 (with each field's message, as
 * the form shows them), 401, or 429 with Retry-After. Only as JSON from our own origin: another site's
 * form could otherwise sign a browser in to an account of the attacker's (login CSRF).
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
    const { sessionId } = await openSession(serviceDeps(), meta, checked.value);
    await signIn("credentials", { sessionId, redirect: false });
    return problem(200, { ok: true });
  } catch (error) {
    if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") {
      const retryAfter = error.details.retryAfterSeconds ?? 900;
      return problem(
        429,
        { error: error.message, retryAfterSeconds: retryAfter },
        { "Retry-After": String(retryAfter) },
      );
    }
    if (error instanceof AppError && error.code === "UNAUTHENTICATED")
      return problem(401, { error: error.message });
    log("error", "sign-in failed", {
      path: "/api/sign-in",
      requestId: meta.requestId,
      error: describeFailure(error),
    });
    return problem(500, {
      error: `Something went wrong on our side. Please try again in a moment. (Reference ${meta.requestId})`,
    });
  }
}
