import type { GoalList } from "@carryover/api/contracts/goal";

import type { GoalEvidence } from "../chart/types";

/** A goal of the chart as the editors show it. */
export type ChartGoal = {
  id: string;
  term: string;
  sentence: string;
  familyWording: string;
  active: boolean;
  evidence: GoalEvidence;
};

/** What every editor knows of the child besides the note. */
export type NoteChart = {
  childName: string;
  guardians: { id: string; name: string }[];
  goals: ChartGoal[];
};

/** Every goal of the chart, long-term goals each followed by their short-term goals. */
export const chartGoalsOf = (list: GoalList | undefined): ChartGoal[] =>
  (list?.goals ?? [])
    .flatMap((g) => [g, ...g.shortTermGoals])
    .map((g) => ({
      id: g.id,
      term: g.term,
      sentence: g.clinical?.sentence ?? g.familyWording,
      familyWording: g.familyWording,
      active: g.state === "active",
      evidence: g.evidence,
    }));
