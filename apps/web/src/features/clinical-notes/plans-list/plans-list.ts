import type { PlanSummary } from "../chart/types";

/** The list's views: what needs someone now, certified, ended, or every plan. */
export const PLAN_VIEWS = [
  { id: "attention", label: "Needs attention" },
  { id: "certified", label: "Certified" },
  { id: "ended", label: "Ended" },
  { id: "all", label: "All" },
] as const;

export type PlanView = (typeof PLAN_VIEWS)[number]["id"];

const VIEW_OF: Record<PlanSummary["status"], Exclude<PlanView, "all">> = {
  certification_overdue: "attention",
  recertification_due: "attention",
  awaiting_signature: "attention",
  draft: "attention",
  certified: "certified",
  ended: "ended",
};

// Most pressing first: a plan billed without certification, then one about to lapse.
const URGENCY: Record<PlanSummary["status"], number> = {
  certification_overdue: 0,
  recertification_due: 1,
  awaiting_signature: 2,
  draft: 3,
  certified: 4,
  ended: 5,
};

/** The view a `?show=` names; the plans that need attention for anything else. */
export function planViewOf(value: string | string[] | undefined): PlanView {
  const wanted = Array.isArray(value) ? value[0] : value;
  return PLAN_VIEWS.find((view) => view.id === wanted)?.id ?? "attention";
}

/** How many plans each view holds. */
export function countPlanViews(plans: readonly PlanSummary[]): Record<PlanView, number> {
  const counts = { attention: 0, certified: 0, ended: 0, all: plans.length };
  for (const plan of plans) counts[VIEW_OF[plan.status]]++;
  return counts;
}

/**
 * The plans of one view, most pressing first; within a status the earliest deadline, then the
 * latest start (the current plan before an older one), then the child's name.
 */
export function plansInView(plans: readonly PlanSummary[], view: PlanView): PlanSummary[] {
  return plans
    .filter((plan) => view === "all" || VIEW_OF[plan.status] === view)
    .sort(
      (a, b) =>
        URGENCY[a.status] - URGENCY[b.status] ||
        (a.dueBy ?? "9999").localeCompare(b.dueBy ?? "9999") ||
        b.startOn.localeCompare(a.startOn) ||
        a.childName.localeCompare(b.childName),
    );
}
