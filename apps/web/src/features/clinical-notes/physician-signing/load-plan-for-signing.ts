import "server-only";

import { TRPCError } from "@trpc/server";

import { getQueryClient, trpc } from "~/trpc/server";

/** The plan behind a physician's link; a token too short to be one reads as an unknown link. */
export async function loadPlanForSigning(token: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.planOfCare.forSigning.queryOptions({ token }));
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST")
      return { state: "unknown" as const };
    throw error;
  }
}
