import { plural } from "~/lib/words";
import type { GoalEvidence } from "../types";

type Activity = GoalEvidence["activities"][number];

const LADDER_DECISIONS = {
  step_up: "ready to step up",
  hold: "holding",
  step_down: "stepping down",
};
const CHAIN_DECISIONS = {
  extend: "ready for the next step",
  hold: "holding",
  complete: "chain done",
};

/** One home-program activity's state in a line: where the child is and how it is going. */
export function activityLine(activity: Activity): string {
  if (activity.kind === "ladder") {
    const rate =
      activity.successRate === null
        ? "no tries yet at this level"
        : `${Math.round(activity.successRate * 100)}% success (${activity.successes} of ${activity.attempts}) in the last ${plural(activity.recentSessions, "session")}`;
    return `${activity.title}: level ${activity.level + 1} of ${activity.levelCount} (${activity.levelTitle}), ${rate}; ${LADDER_DECISIONS[activity.decision]}`;
  }
  if (activity.kind === "chain")
    return `${activity.title}: does step ${activity.step + 1} of ${activity.stepCount} alone (${activity.stepTitle}); ${CHAIN_DECISIONS[activity.decision]}`;
  return activity.title;
}

/** The home program's dose over the last weeks: minutes logged against prescribed. */
export function doseLine(dose: GoalEvidence["dose"]): string | null {
  if (dose.length === 0) return null;
  const logged = dose.reduce((sum, week) => sum + week.loggedMinutes, 0);
  const prescribed = dose.reduce((sum, week) => sum + week.prescribedMinutes, 0);
  const met = dose.filter((week) => week.status === "met").length;
  return `${logged} of ${prescribed} minutes practised in the last ${plural(dose.length, "week")}; dose met in ${met} of ${dose.length}`;
}

type Change = NonNullable<NonNullable<GoalEvidence["checkIns"]>["performance"]>;

function changeWords(label: string, change: Change | null, latest: number): string {
  if (!change) return `${label} ${latest}/10`;
  const sign = change.delta > 0 ? "+" : "";
  const meaning = change.meaningful ? "a meaningful change" : "not meaningful: under 2 points";
  return `${label} ${change.from} → ${change.to} (${sign}${change.delta}, ${meaning})`;
}

/** The family's latest ratings of the linked program goal, with the change since the first. */
export function checkInLines(checkIns: GoalEvidence["checkIns"]): string[] {
  if (!checkIns) return [];
  return [
    changeWords("Performance", checkIns.performance, checkIns.latest.performance),
    changeWords("Satisfaction", checkIns.satisfaction, checkIns.latest.satisfaction),
  ];
}
