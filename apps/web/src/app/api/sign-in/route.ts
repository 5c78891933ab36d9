import { z } from "zod";

import { AppError, signIn as openSession } from "@carryover/api";

import { signIn } from "~/server/auth";
import { serviceDeps } from "~/server/deps";
import { describeFailure, log } from "~/server/log";
import { requestMetaFrom } from "~/server/request-meta";

const SignInBody = z.object({
  email: z.string().trim().min(1, "Enter your email address").max(254),
  password: z.string().min(1, "Enter your password").max(200),
});

const problem = (
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) => Response.json(body, { status, headers });

/** Email and password in; a session cookie out, or a plain answer: 400, 401, or 429 with Retry-After. */
export async function POST(req: Request) {
  const meta = requestMetaFrom(req.headers);
  const body: unknown = await req.json().catch(() => null);
  const parsed = SignInBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem(400, {
      error: issue?.message ?? "Enter your email and password.",
      field: issue?.path.join(".") ?? null,
    });
  }
  try {
    const { sessionId } = await openSession(serviceDeps(), meta, parsed.data);
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
