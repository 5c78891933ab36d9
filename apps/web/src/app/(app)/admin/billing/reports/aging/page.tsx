import type { Metadata } from "next";

import { ArAgingReport } from "~/features/billing/reports/aging-report";
import { requireAuth } from "~/server/auth-session";
import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Accounts receivable by age" };

/**
 * The A/R aging, for billing staff. The procedure is the guard: anyone else gets its NOT_FOUND, so
 * the page answers 404 as the CSV does, rather than sending them home.
 */
export default async function ArAgingPage() {
  await requireAuth();
  const report = await fetchOrNotFound(() =>
    getQueryClient().fetchQuery(trpc.report.arAging.queryOptions()),
  );
  return <ArAgingReport report={report} />;
}
