import Link from "next/link";

import type { AuthorizationUseReport as Report } from "@carryover/api/contracts/report";
import { Badge, textLinkClasses } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { plural } from "~/lib/words";
import { LazyReportChart } from "./lazy-report-chart.client";
import { ReportFilterForm } from "./report-filter-form";
import type { ReportFilters } from "./report-filters";
import { CHART_HEIGHT, ChartCard, ReportFrame } from "./report-frame";
import { ReportTable } from "./report-table";
import { percentWords } from "./report-words";

type Authorization = Report["authorizations"][number];

/** "4 of 20 visits": what is used of what was approved. */
export const usedWords = (a: Pick<Authorization, "used" | "approved" | "counts">) =>
  `${String(a.used)} of ${plural(a.approved, a.counts === "visits" ? "visit" : "unit")}`;

/** When it runs out, and why: used up, or its end date. */
export const daysLeftWords = (a: Pick<Authorization, "daysLeft" | "runsOutBy">) => {
  const days =
    a.daysLeft < 0 ? "ran out" : a.daysLeft === 0 ? "runs out today" : plural(a.daysLeft, "day");
  return a.runsOutBy === "exhausted" ? `${days} (used up)` : days;
};

export const authorizationSummary = (report: Report) =>
  `Share used of each authorization: ${report.authorizations
    .map((a) => `${a.childName} ${percentWords(a.usedPercent)}`)
    .join(", ")}.`;

/** Each authorization in force: used against approved, booked ahead, and the days it has left. */
export function AuthorizationUseReport({
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
      slug="authorizations"
      filters={filters}
      problem={problem}
      description={
        <>
          Every authorization in force today: what is billed against it, what is booked, and how
          long it lasts at the booked pace.{" "}
          <span className="font-medium text-stone-800">
            As of {formatCalendarDate(report.asOf)}: {report.runningOut} to renew soon,{" "}
            {report.usedUp} used up
          </span>
        </>
      }
      form={
        <ReportFilterForm
          slug="authorizations"
          filters={filters}
          months={false}
          choice={{
            name: "payerId",
            label: "Payer",
            everyone: "All payers",
            options: report.payers,
          }}
        />
      }
    >
      {report.authorizations.length > 0 && (
        <ChartCard
          title="Used, booked and left"
          description="Each authorization's visits or units, stacked to what was approved."
          summary={authorizationSummary(report)}
        >
          <LazyReportChart
            unit="count"
            stacked
            height={CHART_HEIGHT}
            series={[
              { key: "used", name: "Used" },
              { key: "scheduled", name: "Booked" },
              { key: "rest", name: "Left after booked" },
            ]}
            rows={report.authorizations.map((a) => ({
              label: a.childName,
              values: {
                used: a.used,
                scheduled: a.scheduled,
                rest: Math.max(0, a.left - a.scheduled),
              },
            }))}
          />
        </ChartCard>
      )}
      <ReportTable
        title="Authorizations in force"
        rows={report.authorizations}
        rowKey={(row) => row.id}
        empty="No authorization is in force today."
        columns={[
          {
            header: "Child",
            cell: (row) => (
              <Link href={`/admin/billing/children/${row.childId}`} className={textLinkClasses}>
                {row.childName}
              </Link>
            ),
          },
          {
            header: "Payer",
            cell: (row) => `${row.payerName}${row.reference ? ` · ${row.reference}` : ""}`,
          },
          {
            header: "Used",
            numeric: true,
            cell: (row) => `${usedWords(row)} (${percentWords(row.usedPercent)})`,
          },
          { header: "Booked", numeric: true, cell: (row) => row.scheduled },
          { header: "Left", numeric: true, cell: (row) => row.left },
          {
            header: "Dates",
            cell: (row) =>
              `${formatCalendarDate(row.startsOn)} – ${formatCalendarDate(row.endsOn)}`,
          },
          {
            header: "Days left",
            numeric: true,
            cell: (row) => (
              <>
                {daysLeftWords(row)} {row.warn && <Badge tone="warning">Renew</Badge>}
              </>
            ),
          },
        ]}
      />
    </ReportFrame>
  );
}
