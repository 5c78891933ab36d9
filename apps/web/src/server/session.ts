import "server-only";

import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { resolveSession, type ResolvedSession } from "@carryover/api";
import type { Role } from "@carryover/domain/people";

import { env } from "~/env";
import { serviceDeps } from "./deps";
import { requestMetaFrom } from "./request-meta";

export type ActiveSession = Extract<ResolvedSession, { ok: true }>;

/** next-auth's session cookie: the `__Secure-` name when it was set over HTTPS. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/** Cookies already decrypted: a token always decodes to the same payload, so only expiry can change. */
const decoded = new Map<string, { sessionId: string | null; expiresAt: number }>();
const DECODED_LIMIT = 10_000;

async function decodeSessionId(token: string, name: string, secret: string) {
  const key = `${name}=${token}`;
  const known = decoded.get(key);
  if (known && known.expiresAt > Date.now()) return known.sessionId;
  const payload = await decode({ token, secret, salt: name }).catch(() => null);
  const sessionId = typeof payload?.sessionId === "string" ? payload.sessionId : null;
  if (payload?.exp) {
    if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value ?? "");
    decoded.set(key, { sessionId, expiresAt: payload.exp * 1000 });
  }
  return sessionId;
}

/**
 * The server-side session id the cookie carries. Decoded here rather than with `auth()`, which runs
 * next-auth's whole session endpoint (decrypt, callbacks, re-encrypt) on every call: with the proxy
 * doing the same, that was most of a booking's CPU. The cookie's lifetime is the session's absolute
 * one, so nothing needs re-issuing; revocation and idle timeout are the server-side session's.
 */
async function cookieSessionId(): Promise<string | null> {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((n) => jar.has(n));
  const token = name && jar.get(name)?.value;
  const secret = env().AUTH_SECRET;
  if (!name || !token || !secret) return null;
  return decodeSessionId(token, name, secret);
}

/** The server-side session behind this request's cookie, checked once per request. */
export const getSession = cache(async (): Promise<ResolvedSession | null> => {
  const sessionId = await cookieSessionId();
  return sessionId ? resolveSession(serviceDeps(), sessionId) : null;
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
