import Link from "next/link";

import { PageHeader } from "@carryover/ui";

import { BackToBilling } from "../back-to-billing";
import { reportPath, REPORTS } from "./report-catalog";

/** Every billing report, each with what it shows; each opens with its usual months and filters. */
export function ReportsIndex() {
  return (
    <div className="flex flex-col gap-6">
      <BackToBilling />
      <PageHeader
        className="mb-0 sm:mb-0"
        title="Reports"
        description="The numbers the clinic runs on. Each report has filters, a table of every figure and a CSV to download."
      />
      <ul aria-label="Reports" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {REPORTS.map((report) => (
          <li key={report.slug}>
            <Link
              href={reportPath(report.slug)}
              className="flex h-full flex-col gap-2 rounded-xl border border-stone-200 bg-white p-5 shadow-sm hover:border-brand-700 hover:bg-brand-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
            >
              <span className="text-lg font-semibold text-stone-900">{report.title}</span>
              <span className="text-stone-600">{report.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
