import type { Metadata } from "next";

import { ACTIONS } from "@carryover/domain/access";

import { PayersAndFees } from "~/features/billing/payers/payers-and-fees";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Payers and fees" };

export default async function PayersPage() {
  await requireAuth(ACTIONS.manageBilling);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.payer.list.queryOptions()),
    queryClient.prefetchQuery(trpc.feeSchedule.list.queryOptions()),
    queryClient.prefetchQuery(trpc.feePolicy.get.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <PayersAndFees />
    </HydrateClient>
  );
}
