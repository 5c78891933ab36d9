import type { Metadata } from "next";

import { DEFAULT_REPORT_MONTHS } from "@carryover/api/contracts/report";

import { DocumentationLagReport } from "~/features/billing/reports/documentation-lag-report";
import type { SearchParams } from "~/features/billing/reports/report-filters";
import { reportPageFilters } from "~/features/billing/reports/report-page";
import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Documentation lag" };

export default async function DocumentationLagPage(props: { searchParams: Promise<SearchParams> }) {
  const { filters, problem } = await reportPageFilters(
    props.searchParams,
    DEFAULT_REPORT_MONTHS.documentationLag,
  );
  const { from, to, therapistId } = filters;
  const report = await fetchOrNotFound(() =>
    getQueryClient().fetchQuery(
      trpc.report.documentationLag.queryOptions({ from, to, therapistId }),
    ),
  );
  return <DocumentationLagReport report={report} filters={filters} problem={problem} />;
}
