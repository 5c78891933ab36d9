import type { GoalVisitStatus } from "@carryover/domain/clinical-notes";

export const GOAL_STATUS_LABELS: Record<GoalVisitStatus, string> = {
  met: "Met",
  progressing: "Progressing",
  no_change: "No change",
  regressed: "Regressed",
  not_addressed: "Not addressed",
};

export const TEXTAREA =
  "w-full rounded-lg border border-stone-500 bg-white px-3 py-2 text-base text-stone-900";
export const SELECT = "rounded-lg border border-stone-500 bg-white px-2 py-1.5 text-base";
export const INPUT =
  "min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3 text-base text-stone-900";
