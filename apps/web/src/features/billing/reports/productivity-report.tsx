import type { ProductivityReport as Report } from "@carryover/api/contracts/report";

import { LazyReportChart } from "./lazy-report-chart.client";
import { ReportFilterForm } from "./report-filter-form";
import type { ReportFilters } from "./report-filters";
import { CHART_HEIGHT, ChartCard, ReportFrame } from "./report-frame";
import { ReportTable, type ReportColumn } from "./report-table";
import { moneyWords, monthLabel, rangeWords } from "./report-words";

type Figures = Report["totals"];

const FIGURES: ReportColumn<Figures>[] = [
  { header: "Visits", numeric: true, cell: (row) => row.visits },
  { header: "Units", numeric: true, cell: (row) => row.units },
  { header: "Charges", numeric: true, cell: (row) => moneyWords(row.chargedCents) },
  { header: "No-shows", numeric: true, cell: (row) => row.noShows },
  { header: "Late cancellations", numeric: true, cell: (row) => row.lateCancellations },
];
const totalsOf = (figures: Figures) => ["Total", ...FIGURES.map((column) => column.cell(figures))];

export const productivitySummary = (report: Report) =>
  `Visits by month: ${report.byMonth
    .map((m) => `${monthLabel(m.month)} ${String(m.visits)}`)
    .join(", ")}; in all ${String(report.totals.visits)}.`;

/**
 * Visits, units and charges by therapist: the signed visits each month stacked by therapist, each
 * therapist's totals, and every month's over them all.
 */
export function ProductivityReport({
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
      slug="productivity"
      filters={filters}
      problem={problem}
      description={
        <>
          Signed visits with their units and charges, by the day of the visit, and the sessions
          families missed.{" "}
          <span className="font-medium text-stone-800">{rangeWords(report.range)}</span>
        </>
      }
      form={
        <ReportFilterForm
          slug="productivity"
          filters={filters}
          choice={{
            name: "therapistId",
            label: "Therapist",
            everyone: "All therapists",
            options: report.therapists,
          }}
        />
      }
    >
      <ChartCard
        title="Visits by month"
        description="Each therapist's signed visits, stacked. The tables below hold every figure."
        summary={productivitySummary(report)}
      >
        <LazyReportChart
          unit="count"
          stacked
          height={CHART_HEIGHT}
          series={report.byTherapist.map((t) => ({ key: t.therapistId, name: t.therapistName }))}
          rows={report.byMonth.map((m, index) => ({
            label: monthLabel(m.month),
            values: Object.fromEntries(
              report.byTherapist.map((t) => [t.therapistId, t.months[index]?.visits ?? 0]),
            ),
          }))}
        />
      </ChartCard>
      <ReportTable
        title="By therapist"
        rows={report.byTherapist}
        rowKey={(row) => row.therapistId}
        empty="No visits or missed sessions in these months."
        columns={[
          { header: "Therapist", cell: (row) => row.therapistName },
          ...FIGURES.map((column) => ({
            ...column,
            cell: (row: Report["byTherapist"][number]) => column.cell(row.totals),
          })),
        ]}
        totals={totalsOf(report.totals)}
      />
      <ReportTable
        title="By month"
        rows={report.byMonth}
        rowKey={(row) => row.month}
        empty="No months to show."
        columns={[{ header: "Month", cell: (row) => monthLabel(row.month) }, ...FIGURES]}
        totals={totalsOf(report.totals)}
      />
    </ReportFrame>
  );
}
