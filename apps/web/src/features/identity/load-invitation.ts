import "server-only";

import { TRPCError } from "@trpc/server";

import { getQueryClient, trpc } from "~/trpc/server";

/** The invitation behind a link, or null for a link that names none (the page says so plainly). */
export async function loadInvitation(token: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.invitation.get.queryOptions({ token }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  }
}
