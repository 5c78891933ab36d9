import type { Metadata } from "next";

import { ACTIONS } from "@carryover/domain/access";

import { AuthorizationsRunningOut } from "~/features/billing/authorizations-running-out";
import { BillingHome } from "~/features/billing/claims/billing-home";
import { VisitsNotBilled } from "~/features/billing/claims/visits-not-billed";
import { DenialsToWork } from "~/features/billing/remittances/denials-to-work";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingPage({
  searchParams,
}: {
  searchParams: Promise<{ sent?: string | string[] }>;
}) {
  const { sent } = await searchParams;
  const auth = await requireAuth(ACTIONS.manageBilling);
  const queryClient = getQueryClient();
  const [{ claims, byStatus }, batches, toRenew, notBilled, { denials }] = await Promise.all([
    queryClient.fetchQuery(trpc.claim.list.queryOptions()),
    queryClient.fetchQuery(trpc.claimBatch.list.queryOptions()),
    queryClient.fetchQuery(trpc.authorization.runningOut.queryOptions()),
    queryClient.fetchQuery(trpc.charge.visitsNotBilled.queryOptions()),
    queryClient.fetchQuery(trpc.era.denials.queryOptions()),
  ]);
  return (
    <BillingHome
      claims={claims}
      byStatus={byStatus}
      batches={batches}
      timeZone={auth.clinicTimeZone}
      authorizationsToRenew={<AuthorizationsRunningOut items={toRenew} />}
      visitsNotBilled={<VisitsNotBilled answer={notBilled} timeZone={auth.clinicTimeZone} />}
      denials={<DenialsToWork denials={denials} />}
      sentBatchId={typeof sent === "string" ? sent : undefined}
    />
  );
}
