import type { NextAuthConfig } from "next-auth";

const PUBLIC_PATHS = ["/sign-in", "/invitations", "/reset-password", "/sign/plan-of-care"];

/**
 * The database-free half of the auth configuration, for the proxy (STACK.md: next-auth v5 with a lazily
 * created database). The proxy only checks that a session cookie exists; every page and procedure then
 * checks the server-side session (revocation, idle timeout, 12-hour lifetime).
 */
export const authConfig = {
  // next-auth refuses every request without it (UntrustedHost). Safe: the production server sets
  // Host and X-Forwarded-Host/-Proto from APP_URL before next-auth reads them (pin-request-origin.ts).
  trustHost: true,
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      if (PUBLIC_PATHS.some((p) => path === p || path.startsWith(p.endsWith("/") ? p : `${p}/`)))
        return true;
      return Boolean(auth?.sessionId);
    },
    jwt({ token, user }) {
      if (user?.sessionId) token.sessionId = user.sessionId;
      return token;
    },
    session({ session, token }) {
      if (typeof token.sessionId === "string") session.sessionId = token.sessionId;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sessionId?: string;
  }
}
