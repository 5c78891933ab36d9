import type { Metadata } from "next";

import { KeptStatement } from "~/features/billing/family-account/kept-statement.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Statement" };

export default async function StatementPage({
  params,
}: {
  params: Promise<{ statementId: string }>;
}) {
  await requireAuth(["guardian"]);
  const { statementId } = await params;
  await getQueryClient().prefetchQuery(trpc.statement.get.queryOptions({ statementId }));
  return (
    <HydrateClient>
      <KeptStatement statementId={statementId} />
    </HydrateClient>
  );
}
