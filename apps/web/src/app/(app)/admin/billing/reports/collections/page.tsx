import type { Metadata } from "next";

import { DEFAULT_REPORT_MONTHS } from "@carryover/api/contracts/report";

import { CollectionsReport } from "~/features/billing/reports/collections-report";
import type { SearchParams } from "~/features/billing/reports/report-filters";
import { reportPageFilters } from "~/features/billing/reports/report-page";
import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Collections and adjustments" };

export default async function CollectionsPage(props: { searchParams: Promise<SearchParams> }) {
  const { filters, problem } = await reportPageFilters(
    props.searchParams,
    DEFAULT_REPORT_MONTHS.collections,
  );
  const report = await fetchOrNotFound(() =>
    getQueryClient().fetchQuery(
      trpc.report.collections.queryOptions({ from: filters.from, to: filters.to }),
    ),
  );
  return <CollectionsReport report={report} filters={filters} problem={problem} />;
}
