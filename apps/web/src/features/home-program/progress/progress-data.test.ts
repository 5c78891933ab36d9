import { describe, expect, it } from "vitest";

import type { ActivityStructure, PracticeEntry } from "@carryover/domain/home-program";
import type { Suggestion } from "@carryover/domain/home-program/progression";

import {
  appliedMessage,
  canApplySuggestion,
  chainPoints,
  checkInTrends,
  describeAttempt,
  describeChange,
  describeSuggestion,
  goalHistory,
  ladderPoints,
  levelStretches,
  nextDay,
  practiceRange,
} from "./progress-data";

const ACTIVITY = "activity-1";
const log = (id: string, practisedOn: string, entry: PracticeEntry, activityId = ACTIVITY) => ({
  id,
  activityId,
  practisedOn,
  entry,
});
const ladder = (level: number, success: number, withHelp: number, notYet: number) =>
  ({ kind: "ladder", level, success, withHelp, notYet }) as const;

describe("dates", () => {
  it("reads practice through today, across a month and a year end", () => {
    expect(practiceRange("2026-01-05", "2026-02-28")).toEqual({
      from: "2026-01-05",
      to: "2026-03-01",
    });
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
  });
});

describe("ladderPoints", () => {
  const logs = [
    log("b", "2026-03-03", ladder(1, 8, 1, 1)),
    log("a", "2026-03-02", ladder(1, 5, 3, 2)),
    log("other", "2026-03-02", ladder(0, 1, 0, 0), "activity-2"),
    log("c", "2026-03-04", { kind: "routine_practice", minutes: 5 }),
    log("d", "2026-03-05", ladder(2, 2, 0, 1)),
  ];

  it("counts tries with help and not yet as tries, not successes, oldest first", () => {
    expect(ladderPoints(logs, ACTIVITY)).toEqual([
      { id: "a", date: "2026-03-02", level: 1, successes: 5, attempts: 10, rate: 50 },
      { id: "b", date: "2026-03-03", level: 1, successes: 8, attempts: 10, rate: 80 },
      { id: "d", date: "2026-03-05", level: 2, successes: 2, attempts: 3, rate: 67 },
    ]);
  });

  it("splits the practices into runs at one level", () => {
    const points = ladderPoints([...logs, log("e", "2026-03-06", ladder(1, 3, 3, 4))], ACTIVITY);
    expect(levelStretches(points)).toEqual([
      { level: 1, firstId: "a", lastId: "b", practices: 2 },
      { level: 2, firstId: "d", lastId: "d", practices: 1 },
      { level: 1, firstId: "e", lastId: "e", practices: 1 },
    ]);
  });

  it("has nothing for an activity without practice", () => {
    expect(ladderPoints(logs, "nothing")).toEqual([]);
    expect(levelStretches([])).toEqual([]);
  });
});

describe("chainPoints", () => {
  const step = (index: number, prompt: "independent" | "verbal" | "physical", done = true) => ({
    index,
    done,
    prompt,
  });
  const logs = [
    log("alone", "2026-03-02", {
      kind: "chain",
      childFrom: 3,
      steps: [step(3, "independent"), step(4, "independent")],
    }),
    log("helped", "2026-03-03", {
      kind: "chain",
      childFrom: 2,
      steps: [step(1, "physical"), step(2, "verbal"), step(3, "independent"), step(4, "verbal")],
    }),
    log("unfinished", "2026-03-04", {
      kind: "chain",
      childFrom: 2,
      steps: [step(2, "independent"), step(3, "independent", false), step(4, "independent")],
    }),
  ];
  const [alone, helped, unfinished] = chainPoints(logs, ACTIVITY, 5);

  it("gives the child's part as the steps from childFrom to the end", () => {
    expect(alone).toMatchObject({ part: 2, independent: true, mostHelp: null, done: 2 });
    expect(helped).toMatchObject({ part: 3, independent: false, done: 3 });
  });

  it("names the most support the child's part needed, ignoring the adult's steps", () => {
    expect(helped?.mostHelp).toBe("verbal");
    expect(helped && describeAttempt(helped)).toBe("With a spoken reminder");
    expect(alone && describeAttempt(alone)).toBe("Alone, no prompts");
  });

  it("says when a step of the child's part was left undone", () => {
    expect(unfinished).toMatchObject({ independent: false, done: 2, part: 3 });
    expect(unfinished && describeAttempt(unfinished)).toBe("Not finished, 2 of 3 steps done");
  });
});

describe("check-in changes", () => {
  const goals = [
    { id: "dressing", familyWords: "Get dressed with fewer reminders" },
    { id: "homework", familyWords: "Start homework calmly" },
    { id: "never-rated", familyWords: "Brush teeth" },
  ];
  const checkIns = [
    {
      week: 4,
      submittedOn: "2026-02-02",
      ratings: [
        { goalId: "dressing", performance: 5, satisfaction: 4 },
        { goalId: "old", performance: 2, satisfaction: 2 },
      ],
    },
    {
      week: 0,
      submittedOn: "2026-01-05",
      ratings: [
        { goalId: "dressing", performance: 3, satisfaction: 4 },
        { goalId: "homework", performance: 4, satisfaction: 3 },
      ],
    },
    {
      week: 8,
      submittedOn: "2026-03-02",
      ratings: [
        { goalId: "dressing", performance: 6, satisfaction: 2 },
        { goalId: "homework", performance: 5, satisfaction: 3 },
      ],
    },
  ];

  it("compares each rating with the check-in before it, flagging 2 points or more", () => {
    const [start, week4, week8] = goalHistory(checkIns, "dressing");
    expect(start).toEqual({ week: 0, performance: 3, satisfaction: 4, since: null });
    expect(week4?.since?.week).toBe(0);
    expect(week4?.since?.performance).toMatchObject({ delta: 2, meaningful: true });
    expect(week4?.since?.satisfaction).toMatchObject({ delta: 0, meaningful: false });
    expect(week8?.since?.performance).toMatchObject({ delta: 1, meaningful: false });
    expect(week8?.since?.satisfaction).toMatchObject({ delta: -2, meaningful: true });
  });

  it("compares with the last check-in that rated the goal when one skipped it", () => {
    const [, week8] = goalHistory(checkIns, "homework");
    expect(week8?.since?.week).toBe(0);
    expect(week8?.since?.performance.delta).toBe(1);
  });

  it("lists rated goals in the program's order, then goals taken out of it", () => {
    expect(checkInTrends(checkIns, goals).map((t) => [t.goalId, t.words])).toEqual([
      ["dressing", "Get dressed with fewer reminders"],
      ["homework", "Start homework calmly"],
      ["old", "A goal no longer in the program"],
    ]);
  });

  it("puts a change in a parent's words", () => {
    const [, week4, week8] = goalHistory(checkIns, "dressing");
    expect(week4?.since && describeChange(week4.since.performance, week4.since.week)).toBe(
      "up 2 since the start",
    );
    expect(week8?.since && describeChange(week8.since.satisfaction, week8.since.week)).toBe(
      "down 2 since week 4",
    );
    expect(week4?.since && describeChange(week4.since.satisfaction, week4.since.week)).toBe(
      "no change since the start",
    );
  });
});

describe("suggestions", () => {
  const ladderStructure = {
    kind: "ladder",
    levels: [
      { title: "Unbutton big buttons", change: "" },
      { title: "Button big buttons", change: "" },
      { title: "Button a shirt on their lap", change: "" },
    ],
    currentLevel: 1,
    rule: { stepUpRate: 0.8, stepUpSessions: 3, stepDownBelowRate: 0.5, minAttempts: 5 },
  } satisfies ActivityStructure;
  const chainStructure = {
    kind: "chain",
    steps: ["Socks on toes", "Pull up socks", "Shoe on", "Velcro"].map((title) => ({
      title,
      prompt: "physical" as const,
    })),
    direction: "backward",
    childFrom: 2,
    masteryStreak: 3,
  } satisfies ActivityStructure;
  const stepUp: Suggestion = {
    kind: "ladder",
    decision: "step_up",
    fromLevel: 1,
    toLevel: 2,
    reason: "8 of 10, 9 of 10 and 8 of 10 in the last 3 sessions.",
  };
  const extend: Suggestion = {
    kind: "chain",
    decision: "extend",
    fromChildFrom: 2,
    toChildFrom: 1,
    reason: "3 independent tries in a row.",
  };
  const complete: Suggestion = { kind: "chain", decision: "complete", reason: "Done alone." };

  it("names the level by number from 1 and by title", () => {
    expect(describeSuggestion(stepUp, ladderStructure)).toBe(
      "Step up from level 2 to level 3 “Button a shirt on their lap”.",
    );
    expect(
      describeSuggestion({ ...stepUp, decision: "step_down", toLevel: 0 }, ladderStructure),
    ).toBe("Step back from level 2 to level 1 “Unbutton big buttons”.");
    expect(appliedMessage(stepUp, ladderStructure)).toBe(
      "Applied: now at level 3 “Button a shirt on their lap”.",
    );
  });

  it("names the child's new part of a chain", () => {
    expect(describeSuggestion(extend, chainStructure)).toBe(
      "Take on one more step: the last 3 steps alone, starting with “Pull up socks”.",
    );
    expect(appliedMessage(extend, chainStructure)).toBe(
      "Applied: now doing the last 3 steps alone.",
    );
  });

  it("applies level changes and chain extensions, not a finished chain", () => {
    expect(canApplySuggestion(stepUp)).toBe(true);
    expect(canApplySuggestion(extend)).toBe(true);
    expect(canApplySuggestion(complete)).toBe(false);
    expect(describeSuggestion(complete, chainStructure)).toMatch(/whole task is done alone/);
  });

  it("still reads when the activity's structure is not at hand", () => {
    expect(describeSuggestion(stepUp, undefined)).toBe("Step up from level 2 to level 3.");
    expect(describeSuggestion(extend, undefined)).toBe("Take on the step before.");
  });
});
