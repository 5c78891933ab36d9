import type { Queryable } from "@carryover/db";
import { listActiveGoalIds, type summarizeVisits } from "@carryover/db/queries";
import type { ReportContent } from "@carryover/domain/clinical-notes";

/** The most goals a report lists (ReportContent's bound). */
const MAX_GOALS = 40;

/** One entry per active goal, for the therapist to judge: "progressing" until they say otherwise. */
export async function goalProgressOf(q: Queryable, childId: string) {
  const ids = await listActiveGoalIds(q, childId);
  return ids.slice(0, MAX_GOALS).map((goalId): ReportContent["goalProgress"][number] => ({
    goalId,
    status: "progressing",
    narrative: "",
  }));
}

/** The facts of a period from its visit notes, in words the therapist edits: visits and minutes. */
export function visitFacts(summary: Awaited<ReturnType<typeof summarizeVisits>>): string {
  const visits = `Treatment visits in this period: ${summary.visits}.`;
  if (summary.byService.length === 0) return visits;
  const minutes = summary.byService
    .map(({ service, minutes }) => `${service}: ${minutes} min`)
    .join("; ");
  return `${visits}\nMinutes by service: ${minutes}.`;
}
