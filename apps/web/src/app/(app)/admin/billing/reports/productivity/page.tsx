import type { Metadata } from "next";

import { DEFAULT_REPORT_MONTHS } from "@carryover/api/contracts/report";

import { ProductivityReport } from "~/features/billing/reports/productivity-report";
import type { SearchParams } from "~/features/billing/reports/report-filters";
import { reportPageFilters } from "~/features/billing/reports/report-page";
import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Therapist productivity" };

export default async function ProductivityPage(props: { searchParams: Promise<SearchParams> }) {
  const { filters, problem } = await reportPageFilters(
    props.searchParams,
    DEFAULT_REPORT_MONTHS.productivity,
  );
  const { from, to, therapistId } = filters;
  const report = await fetchOrNotFound(() =>
    getQueryClient().fetchQuery(trpc.report.productivity.queryOptions({ from, to, therapistId })),
  );
  return <ProductivityReport report={report} filters={filters} problem={problem} />;
}
