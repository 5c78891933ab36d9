import type { DocumentationLagReport as Report } from "@carryover/api/contracts/report";

import { formatCalendarDate } from "~/lib/time";
import { plural } from "~/lib/words";
import { LazyReportChart } from "./lazy-report-chart.client";
import { ReportFilterForm } from "./report-filter-form";
import type { ReportFilters } from "./report-filters";
import { CHART_HEIGHT, ChartCard, ReportFrame } from "./report-frame";
import { ReportTable, type ReportColumn } from "./report-table";
import { daysWords, rangeWords } from "./report-words";

type Summary = Report["all"];
type Late = Report["late"][number];

const FIGURES: ReportColumn<Summary>[] = [
  { header: "Visits", numeric: true, cell: (row) => row.visits },
  { header: "Notes signed", numeric: true, cell: (row) => row.signed },
  { header: "Median to sign", numeric: true, cell: (row) => daysWords(row.toSign.medianDays) },
  {
    header: "90th percentile to sign",
    numeric: true,
    cell: (row) => daysWords(row.toSign.p90Days),
  },
  { header: "Claims sent", numeric: true, cell: (row) => row.claimsSent },
  { header: "Median to claim", numeric: true, cell: (row) => daysWords(row.toClaim.medianDays) },
  {
    header: "90th percentile to claim",
    numeric: true,
    cell: (row) => daysWords(row.toClaim.p90Days),
  },
  { header: "Over the deadline", numeric: true, cell: (row) => row.overDeadline },
];

/** How late a note is, in words: signed late, or still unsigned. */
export const lateWords = (late: Pick<Late, "signedAt" | "hoursLate">) =>
  late.signedAt
    ? `Signed ${plural(late.hoursLate, "hour")} after the deadline`
    : `Not signed: ${plural(late.hoursLate, "hour")} past the deadline`;

export const lagSummary = (report: Report) =>
  `Median days to sign: ${report.byTherapist
    .map((t) => `${t.therapistName} ${daysWords(t.toSign.medianDays)}`)
    .join(", ")}; ${plural(report.all.overDeadline, "visit")} over the deadline.`;

/** Visit to signed note and to claim, per therapist, and the visits whose note missed the deadline. */
export function DocumentationLagReport({
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
      slug="documentation-lag"
      filters={filters}
      problem={problem}
      description={
        <>
          Days from the end of each visit to its signed note and to its claim going out. The
          clinic&apos;s deadline: a note signed within {plural(report.limitHours, "hour")}.{" "}
          <span className="font-medium text-stone-800">{rangeWords(report.range)}</span>
        </>
      }
      form={
        <ReportFilterForm
          slug="documentation-lag"
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
        title="Days to a signed note"
        description="Each therapist's median and 90th percentile, in days. The tables below hold every figure."
        summary={lagSummary(report)}
      >
        <LazyReportChart
          unit="days"
          height={CHART_HEIGHT}
          series={[
            { key: "median", name: "Median" },
            { key: "p90", name: "90th percentile" },
          ]}
          rows={report.byTherapist.map((t) => ({
            label: t.therapistName,
            values: { median: t.toSign.medianDays ?? 0, p90: t.toSign.p90Days ?? 0 },
          }))}
        />
      </ChartCard>
      <ReportTable
        title="By therapist"
        rows={report.byTherapist}
        rowKey={(row) => row.therapistId}
        empty="No visits in these months."
        columns={[
          { header: "Therapist", cell: (row) => row.therapistName },
          ...(FIGURES as ReportColumn<Report["byTherapist"][number]>[]),
        ]}
        totals={["All therapists", ...FIGURES.map((column) => column.cell(report.all))]}
      />
      <ReportTable
        title="Visits over the deadline"
        description={
          report.lateCount > report.late.length
            ? `The newest ${String(report.late.length)} of ${String(report.lateCount)}.`
            : undefined
        }
        rows={report.late}
        rowKey={(row) => row.key}
        empty="Every visit's note was signed in time."
        columns={[
          { header: "Visit", cell: (row) => formatCalendarDate(row.serviceOn) },
          { header: "Child", cell: (row) => row.childName },
          { header: "Therapist", cell: (row) => row.therapistName },
          { header: "Note", cell: lateWords },
        ]}
      />
    </ReportFrame>
  );
}
