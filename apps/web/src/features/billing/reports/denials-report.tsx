import type { DenialsReport as Report } from "@carryover/api/contracts/report";

import { plural } from "~/lib/words";
import { LazyReportChart } from "./lazy-report-chart.client";
import { ReportFilterForm } from "./report-filter-form";
import type { ReportFilters } from "./report-filters";
import { CHART_HEIGHT, ChartCard, ReportFrame } from "./report-frame";
import { ReportTable } from "./report-table";
import { moneyWords, monthLabel, rangeWords, reasonLabel } from "./report-words";

export const denialsSummary = (report: Report) =>
  `Denials by month: ${report.byMonth
    .map((m) => `${monthLabel(m.month)} ${String(m.count)}`)
    .join(", ")}; in all ${plural(report.total.count, "denial")}.`;

/** Denials by reason in plain words, by payer, and the monthly trend as a chart. */
export function DenialsReport({
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
      slug="denials"
      filters={filters}
      problem={problem}
      description={
        <>
          Claims payers denied on the remittances of these months, and why.{" "}
          <span className="font-medium text-stone-800">
            {rangeWords(report.range)}: {plural(report.total.count, "denial")},{" "}
            {moneyWords(report.total.chargedCents)} charged
          </span>
        </>
      }
      form={
        <ReportFilterForm
          slug="denials"
          filters={filters}
          choice={{
            name: "payerId",
            label: "Payer",
            everyone: "All payers",
            options: report.payers,
          }}
        />
      }
    >
      <ChartCard
        title="Denials by month"
        description="How many claims were denied each month. The tables below hold every figure."
        summary={denialsSummary(report)}
      >
        <LazyReportChart
          unit="count"
          height={CHART_HEIGHT}
          series={[{ key: "count", name: "Denials" }]}
          rows={report.byMonth.map((m) => ({
            label: monthLabel(m.month),
            values: { count: m.count },
          }))}
        />
      </ChartCard>
      <ReportTable
        title="By reason"
        description="A claim denied for two reasons counts under each."
        rows={report.byReason}
        rowKey={(row) => row.code}
        empty="No claims were denied in these months."
        columns={[
          { header: "Reason", cell: (row) => reasonLabel(row.code) },
          {
            header: "What it means and what to do",
            cell: (row) => (
              <>
                {row.words}
                <span className="block text-sm text-stone-600">{row.fix}</span>
              </>
            ),
          },
          { header: "Denials", numeric: true, cell: (row) => row.count },
          { header: "Amount denied", numeric: true, cell: (row) => moneyWords(row.adjustedCents) },
        ]}
      />
      <ReportTable
        title="By payer"
        rows={report.byPayer}
        rowKey={(row) => row.payerId ?? `file:${row.payerName}`}
        empty="No payer denied a claim in these months."
        columns={[
          {
            header: "Payer",
            cell: (row) => (row.payerId ? row.payerName : `${row.payerName} (no claim of ours)`),
          },
          { header: "Denials", numeric: true, cell: (row) => row.count },
          { header: "Charged", numeric: true, cell: (row) => moneyWords(row.chargedCents) },
        ]}
        totals={["Total", report.total.count, moneyWords(report.total.chargedCents)]}
      />
    </ReportFrame>
  );
}
