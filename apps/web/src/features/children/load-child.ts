import "server-only";

import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

/** The child, or Next's 404 for another clinic's or family's child or a malformed link. */
export const loadChild = (childId: string) =>
  fetchOrNotFound(() => getQueryClient().fetchQuery(trpc.child.get.queryOptions({ childId })));
