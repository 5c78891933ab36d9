import type { Metadata } from "next";

import { ACTIONS } from "@carryover/domain/access";

import { RemittancesPage } from "~/features/billing/remittances/remittances-page";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Remittances" };

/** The 835s imported, and the form that imports more. */
export default async function RemittancesRoute() {
  const auth = await requireAuth(ACTIONS.manageBilling);
  const { remittances } = await getQueryClient().fetchQuery(trpc.era.list.queryOptions());
  return (
    <HydrateClient>
      <RemittancesPage remittances={remittances} timeZone={auth.clinicTimeZone} />
    </HydrateClient>
  );
}
