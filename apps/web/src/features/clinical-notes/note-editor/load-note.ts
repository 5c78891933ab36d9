import "server-only";

import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

/** The note, or Next's 404 for another clinic's note, a family's reach or a malformed link. */
export const loadNote = (noteId: string) =>
  fetchOrNotFound(() => getQueryClient().fetchQuery(trpc.note.get.queryOptions({ noteId })));
