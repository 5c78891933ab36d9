import type { Metadata } from "next";

import { FamilyInsurance } from "~/features/billing/family-insurance/family-insurance";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Insurance" };

export default async function FamilyInsurancePage() {
  await requireAuth(["guardian"]);
  const queryClient = getQueryClient();
  const children = await queryClient.fetchQuery(trpc.child.list.queryOptions());
  await Promise.all(
    children.map((child) =>
      queryClient.prefetchQuery(trpc.coverage.listForFamily.queryOptions({ childId: child.id })),
    ),
  );
  return (
    <HydrateClient>
      <FamilyInsurance familyChildren={children} />
    </HydrateClient>
  );
}
