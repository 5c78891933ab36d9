import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

import { getQueryClient, trpc } from "~/trpc/server";

/** The child, or Next's 404 for another clinic's or family's child or a malformed link. */
export async function loadChild(childId: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.child.get.queryOptions({ childId }));
  } catch (error) {
    // The same 404 either way, which confirms nothing.
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
