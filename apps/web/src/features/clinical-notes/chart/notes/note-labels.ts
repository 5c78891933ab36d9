import type { BadgeTone } from "@carryover/ui";

import type { ChartNote } from "../types";

export const NOTE_KIND_LABELS: Record<ChartNote["kind"], string> = {
  evaluation: "Evaluation",
  reevaluation: "Re-evaluation",
  visit: "Visit note",
  progress_report: "Progress report",
  discharge_summary: "Discharge summary",
};

export const NOTE_STATE_BADGES: Record<ChartNote["state"], { tone: BadgeTone; label: string }> = {
  draft: { tone: "warning", label: "Draft" },
  awaiting_cosign: { tone: "brand", label: "Awaiting co-signature" },
  signed: { tone: "success", label: "Signed" },
};
