import Link from "next/link";

import { Badge, cn, DataTable, EmptyState, PageHeader } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { chartTabHref } from "../chart/chart-tabs";
import { PLAN_STATUS_BADGES } from "../chart/plans/plan-status";
import type { PlanSummary } from "../chart/types";
import { countPlanViews, PLAN_VIEWS, plansInView, type PlanView } from "./plans-list";

const EMPTY: Record<PlanView, { title: string; description: string }> = {
  attention: {
    title: "Every plan of care is in order",
    description: "No plan is waiting for a physician's signature or due for recertification.",
  },
  certified: {
    title: "No certified plan right now",
    description: "A plan shows here once the referring physician has signed it.",
  },
  ended: { title: "No plan has ended yet", description: "Plans past their end date show here." },
  all: {
    title: "No plan of care yet",
    description: "Write one from a child's chart after the evaluation.",
  },
};

function dueWords(plan: PlanSummary): string {
  if (!plan.dueBy) return "—";
  const by = formatCalendarDate(plan.dueBy);
  if (plan.status === "recertification_due") return `Recertify by ${by}`;
  return plan.status === "certification_overdue" ? `Was due ${by}` : `Certify by ${by}`;
}

/** Every plan of care the reader reaches, with its status today, one view at a time. */
export function PlansOfCareList({
  plans,
  view,
  scope,
}: {
  plans: readonly PlanSummary[];
  view: PlanView;
  /** Whose plans these are, in words: the clinic's or the caseload's. */
  scope: string;
}) {
  const counts = countPlanViews(plans);
  const shown = plansInView(plans, view);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Plans of care"
        description={`${scope}: which are certified, which wait for the physician, and which need recertifying.`}
      />
      <nav aria-label="Show plans" className="border-b border-stone-200">
        <ul className="-mb-px flex flex-wrap gap-1">
          {PLAN_VIEWS.map((item) => (
            <li key={item.id}>
              <Link
                href={item.id === "attention" ? "/plans-of-care" : `/plans-of-care?show=${item.id}`}
                aria-current={item.id === view ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-11 items-center gap-2 border-b-2 px-4 font-medium",
                  "focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden",
                  item.id === view
                    ? "border-brand-700 text-brand-800"
                    : "border-transparent text-stone-600 hover:border-stone-400 hover:text-stone-900",
                )}
              >
                {item.label}
                <span className="rounded-full bg-stone-100 px-2 text-sm text-stone-700 tabular-nums">
                  {counts[item.id]}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DataTable
        caption={PLAN_VIEWS.find((item) => item.id === view)?.label ?? "Plans of care"}
        rows={shown}
        rowKey={(plan) => plan.id}
        empty={<EmptyState {...EMPTY[view]} />}
        columns={[
          {
            key: "child",
            header: "Child",
            cell: (plan) => (
              <Link
                href={chartTabHref(plan.childId, "plans")}
                className="font-medium text-brand-800 underline underline-offset-2"
              >
                {plan.childName}
              </Link>
            ),
          },
          {
            key: "dates",
            header: "Dates",
            cell: (plan) =>
              `${formatCalendarDate(plan.startOn)} – ${formatCalendarDate(plan.endOn)}`,
          },
          {
            key: "status",
            header: "Status",
            cell: (plan) => (
              <Badge tone={PLAN_STATUS_BADGES[plan.status].tone}>
                {PLAN_STATUS_BADGES[plan.status].label}
              </Badge>
            ),
          },
          { key: "due", header: "Deadline", cell: dueWords },
        ]}
      />
    </div>
  );
}
