import type { ClaimSummary } from "@carryover/api/contracts/claim";
import type { BadgeTone } from "@carryover/ui";

type Status = ClaimSummary["status"];

export const STATUS_WORDS: Record<Status, { label: string; tone: BadgeTone; meaning: string }> = {
  draft: { label: "To fix", tone: "warning", meaning: "Held back by the checks" },
  ready: { label: "Ready", tone: "brand", meaning: "Passed every check, not sent yet" },
  submitted: { label: "Sent", tone: "neutral", meaning: "Waiting for the payer" },
  accepted: { label: "Accepted", tone: "success", meaning: "The payer took it" },
  rejected: { label: "Rejected", tone: "danger", meaning: "The payer turned it away" },
  paid: { label: "Paid", tone: "success", meaning: "Paid by the payer" },
  denied: { label: "Denied", tone: "danger", meaning: "The payer will not pay" },
};

/** "Original", or what a corrected claim does to the one it corrects. */
export const FREQUENCY_WORDS = { "1": "Original", "7": "Replacement", "8": "Void" } as const;
