import type { Metadata } from "next";

import { AuthorizationUseReport } from "~/features/billing/reports/authorization-use-report";
import { parseReportFilters, type SearchParams } from "~/features/billing/reports/report-filters";
import { requireAuth } from "~/server/auth-session";
import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Authorization use" };

/** Authorizations in force today; the procedure is the guard (a 404 for anyone but billing staff). */
export default async function AuthorizationUsePage(props: { searchParams: Promise<SearchParams> }) {
  await requireAuth();
  const { filters, problem } = parseReportFilters(await props.searchParams);
  const report = await fetchOrNotFound(() =>
    getQueryClient().fetchQuery(
      trpc.report.authorizationUse.queryOptions({ payerId: filters.payerId }),
    ),
  );
  return <AuthorizationUseReport report={report} filters={filters} problem={problem} />;
}
