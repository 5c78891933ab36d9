import type { Metadata } from "next";

import { ACTIONS, can } from "@carryover/domain/access";

import { BillingChild } from "~/features/billing/coverage/billing-child";
import { todayInZone } from "~/lib/time";
import { requireAuth } from "~/server/auth-session";
import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Coverage" };

/** A child's coverage, authorizations and account, for billing staff: the biller's way to a child. */
export default async function BillingChildPage({
  params,
}: {
  params: Promise<{ childId: string }>;
}) {
  const auth = await requireAuth(ACTIONS.manageBilling);
  const { childId } = await params;
  const queries = getQueryClient();
  const [child] = await Promise.all([
    fetchOrNotFound(() => queries.fetchQuery(trpc.coverage.child.queryOptions({ childId }))),
    queries.prefetchQuery(trpc.coverage.list.queryOptions({ childId })),
    queries.prefetchQuery(trpc.authorization.list.queryOptions({ childId })),
    queries.prefetchQuery(trpc.ledger.child.queryOptions({ childId })),
  ]);
  return (
    <HydrateClient>
      <BillingChild
        child={child}
        readsRecord={can(auth.actor.role, "readClinicalRecord")}
        today={todayInZone(auth.clinicTimeZone)}
        timeZone={auth.clinicTimeZone}
      />
    </HydrateClient>
  );
}
