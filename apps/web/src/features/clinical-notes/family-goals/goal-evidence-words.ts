import type { GoalList } from "@carryover/api/contracts/goal";

import { plural } from "~/lib/words";

type Evidence = GoalList["goals"][number]["evidence"];
type Activity = Evidence["activities"][number];

function activityWords(activity: Activity): string | null {
  switch (activity.kind) {
    case "ladder":
      return activity.attempts === 0
        ? `${activity.title}: level ${activity.level + 1} of ${activity.levelCount}, not practised at this level yet`
        : `${activity.title}: level ${activity.level + 1} of ${activity.levelCount}, did it ${activity.successes} of the last ${plural(activity.attempts, "time")}`;
    case "chain":
      return activity.decision === "complete"
        ? `${activity.title}: does every step on their own`
        : `${activity.title}: working on step ${activity.step + 1} of ${activity.stepCount}, “${activity.stepTitle}”`;
    default:
      return null;
  }
}

function doseWords(dose: Evidence["dose"]): string | null {
  const minutes = dose.reduce((sum, week) => sum + week.loggedMinutes, 0);
  const days = dose.reduce((sum, week) => sum + week.daysPractised, 0);
  if (dose.length === 0) return null;
  if (minutes === 0) return "Practice in the last 4 weeks: none logged yet";
  return `Practice in the last 4 weeks: ${plural(Math.round(minutes), "minute")} on ${plural(days, "day")}`;
}

function checkInWords(checkIns: Evidence["checkIns"]): string | null {
  if (!checkIns) return null;
  const latest = `Your last check-in: ${checkIns.latest.performance} out of 10`;
  const change = checkIns.performance;
  if (!change || change.direction === "same") return latest;
  const moved = `${change.direction === "up" ? "up" : "down"} ${Math.abs(change.delta)}`;
  return `${latest}, ${moved}${change.meaningful ? " — a real change" : ""}`;
}

/** A goal's evidence from home as sentences a parent reads at a glance. */
export function goalEvidenceWords(evidence: Evidence): string[] {
  return [
    ...evidence.activities.map(activityWords),
    doseWords(evidence.dose),
    checkInWords(evidence.checkIns),
  ].filter((line): line is string => line !== null);
}

/** A report's family summary split into its first paragraph and the rest. */
export function splitSummary(summary: string): { first: string; rest: string[] } {
  const [first = "", ...rest] = summary
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { first, rest };
}
