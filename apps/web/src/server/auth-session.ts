import "server-only";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { resolveAuthSession, type AuthSession, type ResolvedAuthSession } from "@carryover/api";
import type { Role } from "@carryover/domain/identity";

import { env } from "~/env";
import { serviceDeps } from "./deps";
import { requestMetaFrom } from "./request-meta";
import { sessionIdFromCookies } from "./session-cookie";

async function cookieSessionId(): Promise<string | null> {
  const jar = await cookies();
  return sessionIdFromCookies((name) => jar.get(name)?.value, env().AUTH_SECRET);
}

/** The server-side session behind this request's cookie, checked once per request. */
export const getAuthSession = cache(async (): Promise<ResolvedAuthSession | null> => {
  const sessionId = await cookieSessionId();
  return sessionId ? resolveAuthSession(serviceDeps(), sessionId) : null;
});

export const getRequestMeta = cache(async () => requestMetaFrom(await headers()));

export const HOME_BY_ROLE: Record<Role, string> = {
  admin: "/admin",
  therapist: "/therapist",
  guardian: "/family",
  biller: "/admin/billing",
};

/** For pages: the active session, or a redirect to sign-in that says why. */
export async function requireAuth(roles?: readonly Role[]): Promise<AuthSession> {
  const session = await getAuthSession();
  if (!session) redirect("/sign-in");
  if (!session.ok) {
    const reason =
      session.reason === "IDLE" ? "idle" : session.reason === "EXPIRED" ? "expired" : "signed_out";
    redirect(`/sign-in?reason=${reason}`);
  }
  if (roles && !roles.includes(session.actor.role)) redirect(HOME_BY_ROLE[session.actor.role]);
  return session;
}
