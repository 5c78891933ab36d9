import type { Metadata } from "next";

import { ACTIONS } from "@carryover/domain/access";

import { ChargeReview } from "~/features/billing/charges/charge-review";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Charges" };

export default async function ChargesPage() {
  await requireAuth(ACTIONS.manageBilling);
  const charges = await getQueryClient().fetchQuery(trpc.charge.list.queryOptions());
  return <ChargeReview charges={charges} />;
}
