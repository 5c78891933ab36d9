import "server-only";

import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { claimSessionCookie } from "@carryover/api";

import { env } from "~/env";
import { authConfig } from "./auth.config";
import { serviceDeps } from "./deps";

/**
 * Passwords are checked by the sign-in route (lockout, audit); next-auth only mints the cookie for the
 * server-side session that route opened, and only once (`claimSessionCookie`).
 */
export const { auth, handlers, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: env().AUTH_SECRET,
  providers: [
    Credentials({
      credentials: { sessionId: {} },
      async authorize(credentials) {
        const sessionId = typeof credentials.sessionId === "string" ? credentials.sessionId : "";
        if (!/^[0-9a-f-]{36}$/.test(sessionId)) return null;
        const claimed = await claimSessionCookie(serviceDeps(), sessionId);
        return claimed ? { id: claimed.userId, sessionId } : null;
      },
    }),
  ],
}));
