import type { CheckInDueStatus } from "./check-ins";
import type { DoseStatus } from "./dose";

/** Why a child is on the therapist's attention list, most pressing first. */
export const ATTENTION_REASONS = [
  "suggestion",
  "low_dose",
  "review",
  "check_in_overdue",
  "check_in_due",
] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

export type AttentionFacts = {
  /** Level or step changes the engine proposes and nobody has applied yet. */
  pendingSuggestions: number;
  /** This week's dose so far; null when the program has not started. */
  doseThisWeek: { status: DoseStatus } | null;
  reviewFlagged: boolean;
  checkIns: readonly { status: CheckInDueStatus }[];
};

export function attentionReasons(facts: AttentionFacts): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (facts.pendingSuggestions > 0) reasons.push("suggestion");
  if (facts.doseThisWeek?.status === "low") reasons.push("low_dose");
  if (facts.reviewFlagged) reasons.push("review");
  if (facts.checkIns.some((c) => c.status === "overdue")) reasons.push("check_in_overdue");
  if (facts.checkIns.some((c) => c.status === "due")) reasons.push("check_in_due");
  return reasons;
}

const rankOf = (reason: AttentionReason) => ATTENTION_REASONS.indexOf(reason);

/**
 * The children needing attention, ranked: a pending suggestion first (a decision waits on the
 * therapist), then low dose this week, a review flag, and check-ins overdue before due. Among
 * equals, more suggestions first, then more reasons; otherwise the caseload's order is kept.
 * Children with nothing to act on are left out.
 */
export function rankForAttention<C extends AttentionFacts>(
  children: readonly C[],
): (C & { reasons: AttentionReason[] })[] {
  return children
    .map((child, order) => ({ child: { ...child, reasons: attentionReasons(child) }, order }))
    .filter(({ child }) => child.reasons.length > 0)
    .sort(
      (a, b) =>
        rankOf(a.child.reasons[0] as AttentionReason) -
          rankOf(b.child.reasons[0] as AttentionReason) ||
        b.child.pendingSuggestions - a.child.pendingSuggestions ||
        b.child.reasons.length - a.child.reasons.length ||
        a.order - b.order,
    )
    .map(({ child }) => child);
}
