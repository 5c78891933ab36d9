import NextAuth from "next-auth";

import { authConfig } from "./server/auth.config";

const { auth } = NextAuth(authConfig);

export const proxy = auth;

export const config = {
  // API routes check the server-side session themselves (or are public): no cookie work here.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
