import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/**
 * A record a page shows, or Next's 404 when it is out of the viewer's reach (another clinic's,
 * another family's) or its link is malformed: the same 404 either way, which confirms nothing.
 */
export async function fetchOrNotFound<T>(fetch: () => Promise<T>): Promise<T> {
  try {
    return await fetch();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
