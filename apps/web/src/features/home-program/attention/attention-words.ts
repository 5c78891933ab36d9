import { describeWeeklyDose } from "@carryover/domain/home-program/progression";

import type { Caseload } from "~/features/home-program/types";
import { shortDate } from "~/lib/time";

type Child = Caseload["needsAttention"][number];
type Suggestion = Child["suggestions"][number];

/** A suggestion as the therapist reads it on the dashboard. */
export function describeSuggestion(s: Suggestion): string {
  if (s.kind === "ladder")
    return s.decision === "step_up"
      ? `${s.title}: ready to step up to level ${s.toLevel + 1}`
      : `${s.title}: step down to level ${s.toLevel + 1}`;
  if (s.decision === "extend") return `${s.title}: ready to take one more step alone`;
  return `${s.title}: the whole chain is mastered`;
}

export function applyLabel(s: Suggestion): string {
  if (s.kind === "ladder")
    return s.decision === "step_up"
      ? `Step up to level ${s.toLevel + 1}`
      : `Step down to level ${s.toLevel + 1}`;
  return s.decision === "extend" ? "Add one more step" : "Mark the chain complete";
}

/** The other reasons a child is on the list, in words; suggestions are shown with their button. */
export function describeConcerns(child: Child): string[] {
  const words: string[] = [];
  const dose = child.doseThisWeek;
  if (child.reasons.includes("low_dose") && dose)
    words.push(`Low practice. ${describeWeeklyDose(dose)}`);
  if (child.reasons.includes("review")) words.push(child.review.reason);
  for (const c of child.checkIns)
    words.push(
      c.status === "overdue"
        ? `Week-${c.week} check-in overdue (was due ${shortDate(c.dueDate)})`
        : `Week-${c.week} check-in due (${shortDate(c.dueDate)})`,
    );
  return words;
}

export const REASON_BADGES: Record<
  Child["reasons"][number],
  { label: string; tone: "brand" | "warning" | "danger" | "neutral" }
> = {
  suggestion: { label: "Decision waiting", tone: "brand" },
  low_dose: { label: "Low dose", tone: "warning" },
  review: { label: "Review", tone: "danger" },
  check_in_overdue: { label: "Check-in overdue", tone: "warning" },
  check_in_due: { label: "Check-in due", tone: "neutral" },
};
