import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

import { getQueryClient, trpc } from "~/trpc/server";

/** The session, or Next's 404 for one the person is not part of or a malformed link. */
export async function loadLiveSession(appointmentId: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.liveSession.get.queryOptions({ appointmentId }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
