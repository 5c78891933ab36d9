import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { resolveSession, type ResolvedSession } from "@carryover/api";
import type { Role } from "@carryover/domain/people";

import { auth } from "./auth";
import { serviceDeps } from "./deps";
import { requestMetaFrom } from "./request-meta";

export type ActiveSession = Extract<ResolvedSession, { ok: true }>;

/** The server-side session behind this request's cookie, checked once per request. */
export const getSession = cache(async (): Promise<ResolvedSession | null> => {
  const cookieSession = await auth();
  if (!cookieSession?.sessionId) return null;
  return resolveSession(serviceDeps(), cookieSession.sessionId);
});

export const getRequestMeta = cache(async () => requestMetaFrom(await headers()));

export const HOME_BY_ROLE: Record<Role, string> = {
  admin: "/admin",
  therapist: "/therapist",
  guardian: "/family",
};

/** For pages: the active session, or a redirect to sign-in that says why. */
export async function requireSession(roles?: readonly Role[]): Promise<ActiveSession> {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  if (!session.ok) {
    const reason =
      session.reason === "IDLE" ? "idle" : session.reason === "EXPIRED" ? "expired" : "signed_out";
    redirect(`/sign-in?reason=${reason}`);
  }
  if (roles && !roles.includes(session.actor.role)) redirect(HOME_BY_ROLE[session.actor.role]);
  return session;
}
