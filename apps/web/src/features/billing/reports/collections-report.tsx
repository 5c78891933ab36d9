import type { CollectionsReport as Report } from "@carryover/api/contracts/report";

import { LazyReportChart } from "./lazy-report-chart.client";
import { ReportFilterForm } from "./report-filter-form";
import type { ReportFilters } from "./report-filters";
import { CHART_HEIGHT, ChartCard, ReportFrame } from "./report-frame";
import { ReportTable, type ReportColumn } from "./report-table";
import { COLLECTION_HEADERS, moneyWords, monthLabel, rangeWords } from "./report-words";

type Month = Report["months"][number];

const columns: ReportColumn<Month>[] = [
  { header: "Month", cell: (row) => monthLabel(row.month) },
  ...COLLECTION_HEADERS.map(([key, header]) => ({
    header,
    numeric: true,
    cell: (row: Month) => moneyWords(row[key]),
  })),
];

/** The chart in one sentence, for a screen reader. */
export const collectionsSummary = (report: Report) =>
  `Collected by month: ${report.months
    .map((m) => `${monthLabel(m.month)} ${moneyWords(m.netCollected)}`)
    .join(", ")}; in all ${moneyWords(report.totals.netCollected)}.`;

/**
 * Collections and adjustments by month: the payments from payers and families stacked in a chart,
 * and every column of the ledger's money in, and off, in the table.
 */
export function CollectionsReport({
  report,
  filters,
  problem,
}: {
  report: Report;
  filters: ReportFilters;
  problem: string | null;
}) {
  return (
    <ReportFrame
      slug="collections"
      filters={filters}
      problem={problem}
      description={
        <>
          What came in and what was adjusted off, by the month it was posted.{" "}
          <span className="font-medium text-stone-800">{rangeWords(report.range)}</span>
        </>
      }
      form={<ReportFilterForm slug="collections" filters={filters} />}
    >
      <ChartCard
        title="Payments by month"
        description="Insurance and family payments stacked, in dollars. The table below holds every figure."
        summary={collectionsSummary(report)}
      >
        <LazyReportChart
          unit="cents"
          stacked
          height={CHART_HEIGHT}
          series={[
            { key: "insurance", name: "Insurance" },
            { key: "family", name: "Families" },
          ]}
          rows={report.months.map((m) => ({
            label: monthLabel(m.month),
            values: { insurance: m.insurancePayments, family: m.familyPayments },
          }))}
        />
      </ChartCard>
      <ReportTable
        title="Collections and adjustments by month"
        description="Net collected is payments from payers and families less refunds."
        columns={columns}
        rows={report.months}
        rowKey={(row) => row.month}
        totals={["Total", ...COLLECTION_HEADERS.map(([key]) => moneyWords(report.totals[key]))]}
        empty="No months to show."
      />
    </ReportFrame>
  );
}
