import "server-only";

import { TRPCError } from "@trpc/server";

import { getQueryClient, trpc } from "~/trpc/server";

/** Whether a password reset link still works: unused and under 60 minutes old. */
export async function isResetLinkUsable(token: string) {
  try {
    return (
      (await getQueryClient().fetchQuery(trpc.passwordReset.check.queryOptions({ token })))
        .state === "USABLE"
    );
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return false;
    throw error;
  }
}
