import type { Metadata } from "next";

import { ACTIONS } from "@carryover/domain/access";

import { RemittanceView } from "~/features/billing/remittances/remittance-view";
import { requireAuth } from "~/server/auth-session";
import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Remittance" };

/** One 835: what the payer paid, adjusted and denied, claim by claim; 404 for another clinic's. */
export default async function RemittanceRoute({
  params,
}: {
  params: Promise<{ remittanceId: string }>;
}) {
  const auth = await requireAuth(ACTIONS.manageBilling);
  const { remittanceId } = await params;
  const remittance = await fetchOrNotFound(() =>
    getQueryClient().fetchQuery(trpc.era.get.queryOptions({ remittanceId })),
  );
  return <RemittanceView remittance={remittance} timeZone={auth.clinicTimeZone} />;
}
