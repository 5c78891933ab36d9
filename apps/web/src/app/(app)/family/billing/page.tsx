import type { Metadata } from "next";

import { FamilyBills } from "~/features/billing/family-account/family-bills";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Bills" };

export default async function FamilyBillingPage() {
  await requireAuth(["guardian"]);
  const queryClient = getQueryClient();
  const children = await queryClient.fetchQuery(trpc.child.list.queryOptions());
  await Promise.all(
    children.map((child) =>
      queryClient.prefetchQuery(trpc.statement.current.queryOptions({ childId: child.id })),
    ),
  );
  return (
    <HydrateClient>
      <FamilyBills familyChildren={children} />
    </HydrateClient>
  );
}
