import Link from "next/link";
import type { ReactNode } from "react";

import { Alert, buttonClasses, Card, PageHeader, textLinkClasses } from "@carryover/ui";

import { reportCsvPath, titleOf, type ReportSlug } from "./report-catalog";
import { filterQuery, type ReportFilters } from "./report-filters";

// h-72: the chart's box holds its height while recharts loads.
export const CHART_HEIGHT = 288;

/**
 * A report page: the way back to the reports, its title and what it shows, its CSV with the
 * filters applied, the filter form, a problem with the filters in words, then the report.
 */
export function ReportFrame({
  slug,
  description,
  filters,
  problem,
  form,
  children,
}: {
  slug: ReportSlug;
  description: ReactNode;
  filters: ReportFilters;
  problem: string | null;
  form: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/admin/billing/reports" className={textLinkClasses}>
          ← Reports
        </Link>
      </p>
      <PageHeader
        className="mb-0 sm:mb-0"
        title={titleOf(slug)}
        description={description}
        actions={
          <a
            href={reportCsvPath(slug, filterQuery(filters))}
            className={buttonClasses({ variant: "secondary" })}
          >
            Download CSV
          </a>
        }
      />
      {form}
      {problem && <Alert tone="warning">{problem}</Alert>}
      {children}
    </div>
  );
}

/** A report's chart in a card, named for a screen reader by `summary` (the table holds every figure). */
export function ChartCard({
  title,
  description,
  summary,
  children,
}: {
  title: string;
  description: string;
  summary: string;
  children: ReactNode;
}) {
  return (
    <Card title={title} description={description}>
      <div role="img" aria-label={summary} className="h-72">
        {children}
      </div>
    </Card>
  );
}
