import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

import { getQueryClient, trpc } from "~/trpc/server";

/** The claim, or Next's 404 for another clinic's claim, someone who keeps no billing, or a bad link. */
export async function loadClaim(claimId: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.claim.get.queryOptions({ claimId }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
