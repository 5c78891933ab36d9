"use server";

import { signOut as endSession } from "@carryover/api";

import { signOut } from "~/server/auth";
import { getAuthSession, getRequestMeta } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";

/** Ends the server-side session (audited) and clears the cookie. */
export async function signOutAction() {
  const auth = await getAuthSession();
  if (auth?.ok) await endSession(serviceDeps(), await getRequestMeta(), auth.actor);
  await signOut({ redirectTo: "/sign-in?reason=signed_out" });
}
