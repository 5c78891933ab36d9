import type { Metadata } from "next";

import { DEFAULT_REPORT_MONTHS } from "@carryover/api/contracts/report";

import { DenialsReport } from "~/features/billing/reports/denials-report";
import type { SearchParams } from "~/features/billing/reports/report-filters";
import { reportPageFilters } from "~/features/billing/reports/report-page";
import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Denials" };

export default async function DenialsPage(props: { searchParams: Promise<SearchParams> }) {
  const { filters, problem } = await reportPageFilters(
    props.searchParams,
    DEFAULT_REPORT_MONTHS.denials,
  );
  const { from, to, payerId } = filters;
  const report = await fetchOrNotFound(() =>
    getQueryClient().fetchQuery(trpc.report.denials.queryOptions({ from, to, payerId })),
  );
  return <DenialsReport report={report} filters={filters} problem={problem} />;
}
