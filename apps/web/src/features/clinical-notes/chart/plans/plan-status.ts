import type { BadgeTone } from "@carryover/ui";

import type { PlanSummary } from "../types";

export const PLAN_STATUS_BADGES: Record<PlanSummary["status"], { tone: BadgeTone; label: string }> =
  {
    draft: { tone: "neutral", label: "Draft" },
    awaiting_signature: { tone: "warning", label: "Awaiting signature" },
    certified: { tone: "success", label: "Certified" },
    certification_overdue: { tone: "danger", label: "Certification overdue" },
    recertification_due: { tone: "warning", label: "Recertification due" },
    ended: { tone: "neutral", label: "Ended" },
  };

/** A plan can be sent or signed by hand until it is certified or over. */
export const awaitsCertification = (status: PlanSummary["status"]) =>
  status === "draft" || status === "awaiting_signature" || status === "certification_overdue";

/** Plans newest first: the current one on top. */
export const newestFirst = (plans: readonly PlanSummary[]) =>
  [...plans].sort((a, b) => b.startOn.localeCompare(a.startOn));
