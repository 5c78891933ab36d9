import "server-only";

import { cookies } from "next/headers";

import { AppError, type RequestMeta, type SignInOutcome } from "@carryover/api";

import { appUrl } from "~/env";
import { signIn } from "./auth";
import { describeFailure, log } from "./log";

/** Between the password and the second factor; only the sign-in routes ever see it. */
const PENDING_COOKIE = "carryover.sign-in";
/** "Trust this device": an unguessable token whose hash names the device row of one person. */
const TRUSTED_DEVICE_COOKIE = "carryover.trusted-device";
const COOKIE_PATH = "/api/sign-in";

const cookieOptions = (maxAgeSeconds: number) => ({
  httpOnly: true,
  secure: appUrl().startsWith("https:"),
  sameSite: "strict" as const,
  path: COOKIE_PATH,
  maxAge: maxAgeSeconds,
});

export async function pendingSignInToken() {
  return (await cookies()).get(PENDING_COOKIE)?.value ?? null;
}

export async function trustedDeviceToken() {
  return (await cookies()).get(TRUSTED_DEVICE_COOKIE)?.value ?? null;
}

export async function rememberDevice(token: string, days: number) {
  (await cookies()).set(TRUSTED_DEVICE_COOKIE, token, cookieOptions(days * 86_400));
}

/** Mints the session cookie for a session a sign-in step opened. */
export async function issueSession(sessionId: string) {
  (await cookies()).delete({ name: PENDING_COOKIE, path: COOKIE_PATH });
  await signIn("credentials", { sessionId, redirect: false });
}

/** What the password step answers: a session, or which second step comes next. */
export async function answerPasswordStep(outcome: SignInOutcome, pendingMinutes: number) {
  if (outcome.step === "session") {
    await issueSession(outcome.sessionId);
    return problem(200, { ok: true });
  }
  (await cookies()).set(PENDING_COOKIE, outcome.pendingToken, cookieOptions(pendingMinutes * 60));
  return problem(200, {
    ok: false,
    next: outcome.step,
    methods: outcome.step === "verify" ? outcome.methods : [],
  });
}

export const problem = (
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) => Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });

/** A refusal in words the form shows (429 with Retry-After, 401, 409), or a logged 500 with a reference. */
export function refusalOf(error: unknown, meta: RequestMeta, path: string): Response {
  if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") {
    const retryAfter = error.details.retryAfterSeconds ?? 900;
    return problem(
      429,
      { error: error.message, retryAfterSeconds: retryAfter },
      { "Retry-After": String(retryAfter) },
    );
  }
  if (error instanceof AppError && error.code === "UNAUTHENTICATED")
    return problem(401, {
      error: error.message,
      reason: error.reason,
      field: error.details.field ?? null,
    });
  if (error instanceof AppError && error.code === "CONFLICT")
    return problem(409, { error: error.message, reason: error.reason });
  log("error", "sign-in failed", {
    path,
    requestId: meta.requestId,
    error: describeFailure(error),
  });
  return problem(500, {
    error: `Something went wrong on our side. Please try again in a moment. (Reference ${meta.requestId})`,
  });
}

/** "Chrome on macOS": enough for a person to recognise a trusted device in their list. */
export function deviceLabel(userAgent: string | null): string {
  const ua = userAgent ?? "";
  const browser =
    [
      ["Edg/", "Edge"],
      ["Firefox/", "Firefox"],
      ["Chrome/", "Chrome"],
      ["Safari/", "Safari"],
    ].find(([mark]) => ua.includes(mark as string))?.[1] ?? "A browser";
  const system =
    [
      ["iPhone", "iPhone"],
      ["iPad", "iPad"],
      ["Android", "Android"],
      ["Mac OS X", "macOS"],
      ["Windows", "Windows"],
      ["Linux", "Linux"],
    ].find(([mark]) => ua.includes(mark as string))?.[1] ?? "an unknown system";
  return `${browser} on ${system}`;
}
