"use server";

import { signOut as endSession } from "@carryover/api";

import { signOut } from "~/server/auth";
import { serviceDeps } from "~/server/deps";
import { getRequestMeta, getSession } from "~/server/session";

/** Ends the server-side session (audited) and clears the cookie. */
export async function signOutAction() {
  const session = await getSession();
  if (session?.ok) await endSession(serviceDeps(), await getRequestMeta(), session.actor);
  await signOut({ redirectTo: "/sign-in?reason=signed_out" });
}
