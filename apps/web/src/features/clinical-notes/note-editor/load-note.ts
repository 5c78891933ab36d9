import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

import { getQueryClient, trpc } from "~/trpc/server";

/** The note, or Next's 404 for another clinic's note, a family's reach or a malformed link. */
export async function loadNote(noteId: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.note.get.queryOptions({ noteId }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
