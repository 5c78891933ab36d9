import Link from "next/link";

import { buttonClasses, cn, PageHeader } from "@carryover/ui";

import { CHART_TABS, chartTabHref, type ChartTab } from "./chart-tabs";
import { DocumentsTab } from "./documents/documents-tab.client";
import { GoalsTab } from "./goals/goals-tab.client";
import { NotesTab } from "./notes/notes-tab.client";
import { OverviewTab } from "./overview/overview-tab";
import { PlansTab } from "./plans/plans-tab.client";
import type { ChartContext } from "./types";

/** A child's clinical chart for the staff: what is due, diagnoses, goals, notes and plans of care. */
export function ChartView({
  chart,
  fullName,
  tab,
}: {
  chart: ChartContext;
  fullName: string;
  tab: ChartTab;
}) {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`${fullName}'s chart`}
        description={
          chart.canWrite
            ? "Diagnoses, goals, notes, plans of care and documents."
            : "Diagnoses, goals, notes, plans of care and documents. Only the child's therapists write in the chart."
        }
        actions={
          <Link
            href={`/children/${chart.childId}`}
            className={buttonClasses({ variant: "secondary" })}
          >
            Back to {chart.firstName}&apos;s page
          </Link>
        }
      />
      <nav aria-label="Chart sections" className="border-b border-stone-200">
        <ul className="-mb-px flex flex-wrap gap-1">
          {CHART_TABS.map((item) => (
            <li key={item.id}>
              <Link
                href={chartTabHref(chart.childId, item.id)}
                aria-current={item.id === tab ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-11 items-center border-b-2 px-4 font-medium",
                  "focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden",
                  item.id === tab
                    ? "border-brand-700 text-brand-800"
                    : "border-transparent text-stone-600 hover:border-stone-400 hover:text-stone-900",
                )}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === "overview" ? <OverviewTab chart={chart} /> : null}
      {tab === "goals" ? <GoalsTab chart={chart} /> : null}
      {tab === "notes" ? <NotesTab chart={chart} /> : null}
      {tab === "plans" ? <PlansTab chart={chart} /> : null}
      {tab === "documents" ? <DocumentsTab chart={chart} /> : null}
    </div>
  );
}
