import "server-only";

import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

/** The claim, or Next's 404 for another clinic's claim, someone who keeps no billing, or a bad link. */
export const loadClaim = (claimId: string) =>
  fetchOrNotFound(() => getQueryClient().fetchQuery(trpc.claim.get.queryOptions({ claimId })));
