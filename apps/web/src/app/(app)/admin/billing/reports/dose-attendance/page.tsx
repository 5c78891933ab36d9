import type { Metadata } from "next";

import { DEFAULT_REPORT_MONTHS } from "@carryover/api/contracts/report";

import { DoseAttendanceReport } from "~/features/billing/reports/dose-attendance-report";
import type { SearchParams } from "~/features/billing/reports/report-filters";
import { reportPageFilters } from "~/features/billing/reports/report-page";
import { fetchOrNotFound } from "~/server/fetch-or-not-found";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Home practice and attendance" };

export default async function DoseAttendancePage(props: { searchParams: Promise<SearchParams> }) {
  const { filters, problem } = await reportPageFilters(
    props.searchParams,
    DEFAULT_REPORT_MONTHS.doseVsAttendance,
  );
  const { from, to, everyFamily } = filters;
  const report = await fetchOrNotFound(() =>
    getQueryClient().fetchQuery(
      trpc.report.doseVsAttendance.queryOptions({ from, to, everyFamily }),
    ),
  );
  return <DoseAttendanceReport report={report} filters={filters} problem={problem} />;
}
