import Link from "next/link";

import type { DoseAttendanceReport as Report } from "@carryover/api/contracts/report";
import { textLinkClasses } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { plural } from "~/lib/words";
import { LazyReportChart } from "./lazy-report-chart.client";
import { ReportFilterForm } from "./report-filter-form";
import type { ReportFilters } from "./report-filters";
import { CHART_HEIGHT, ChartCard, ReportFrame } from "./report-frame";
import { ReportTable } from "./report-table";
import { percentWords, rangeWords } from "./report-words";

type Family = Report["families"][number];

/** "10 minutes a day, 5 days a week". */
export const prescriptionWords = (p: Family["prescription"]) =>
  `${plural(p.minutesPerDay, "minute")} a day, ${plural(p.daysPerWeek, "day")} a week`;

export const doseSummary = (report: Report) =>
  `Practice and attendance: ${report.families
    .map(
      (f) =>
        `${f.childName} practice ${percentWords(f.dosePercent)}, attendance ${percentWords(f.attendancePercent)}`,
    )
    .join("; ")}.`;

/** Families' practice against the prescription beside their attendance: the clinical and the financial picture. */
export function DoseAttendanceReport({
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
      slug="dose-attendance"
      filters={filters}
      problem={problem}
      description={
        <>
          Minutes practised at home against the prescription, week by week as each program&apos;s
          chart counts them, beside visits attended of those due (no-shows and late cancellations
          count as due).{" "}
          <span className="font-medium text-stone-800">
            {rangeWords(report.range)}, through {formatCalendarDate(report.through)}:{" "}
            {report.belowCount} of {plural(report.familiesCounted, "family", "families")} below
            their prescription
          </span>
        </>
      }
      form={
        <ReportFilterForm
          slug="dose-attendance"
          filters={filters}
          everyFamily={report.everyFamily}
        />
      }
    >
      {report.families.length > 0 && (
        <ChartCard
          title="Practice and attendance"
          description="For each family, the share of prescribed minutes practised and of visits attended."
          summary={doseSummary(report)}
        >
          <LazyReportChart
            unit="percent"
            height={CHART_HEIGHT}
            series={[
              { key: "dose", name: "Practice, % of prescribed" },
              { key: "attendance", name: "Attendance, % of visits due" },
            ]}
            rows={report.families.map((f) => ({
              label: f.childName,
              values: { dose: f.dosePercent ?? 0, attendance: f.attendancePercent ?? 0 },
            }))}
          />
        </ChartCard>
      )}
      <ReportTable
        title={report.everyFamily ? "Every family" : "Families below their prescription"}
        rows={report.families}
        rowKey={(row) => row.childId}
        empty={
          report.everyFamily
            ? "No child had a home program in these months."
            : "Every family practised as prescribed in these months."
        }
        columns={[
          {
            header: "Child",
            cell: (row) => (
              <Link href={`/admin/billing/children/${row.childId}`} className={textLinkClasses}>
                {row.childName}
              </Link>
            ),
          },
          { header: "Prescription", cell: (row) => prescriptionWords(row.prescription) },
          {
            header: "Practised",
            numeric: true,
            cell: (row) =>
              `${String(row.loggedMinutes)} of ${String(row.prescribedMinutes)} min (${percentWords(row.dosePercent)})`,
          },
          {
            header: "Days practised",
            numeric: true,
            cell: (row) => `${String(row.daysPractised)} of ${String(row.prescribedDays)}`,
          },
          {
            header: "Weeks met",
            numeric: true,
            cell: (row) => `${String(row.weeksMet)} of ${String(row.weeks)}`,
          },
          {
            header: "Attended",
            numeric: true,
            cell: (row) =>
              `${String(row.attended)} of ${String(row.scheduled)} (${percentWords(row.attendancePercent)})`,
          },
          { header: "No-shows", numeric: true, cell: (row) => row.noShows },
          { header: "Late cancellations", numeric: true, cell: (row) => row.lateCancellations },
        ]}
      />
    </ReportFrame>
  );
}
