import { describe, expect, it } from "vitest";

import { activityLine, checkInLines, doseLine } from "./evidence-words";

const id = "0c8a3b4e-8f5d-4c1a-9b2e-7d6f5e4a3b2c";

describe("activityLine", () => {
  it("gives a ladder's level and recent success rate", () => {
    expect(
      activityLine({
        kind: "ladder",
        activityId: id,
        title: "Buttoning, big to small",
        level: 1,
        levelTitle: "1-inch buttons on the lap",
        levelCount: 4,
        recentSessions: 3,
        successes: 24,
        attempts: 30,
        successRate: 0.8,
        decision: "step_up",
        reason: "",
      }),
    ).toBe(
      "Buttoning, big to small: level 2 of 4 (1-inch buttons on the lap), 80% success (24 of 30) in the last 3 sessions; ready to step up",
    );
  });

  it("gives a chain's step", () => {
    expect(
      activityLine({
        kind: "chain",
        activityId: id,
        title: "Coat on",
        step: 2,
        stepTitle: "Zip up",
        stepCount: 5,
        decision: "hold",
      }),
    ).toBe("Coat on: does step 3 of 5 alone (Zip up); holding");
  });
});

describe("doseLine", () => {
  it("is null without any week", () => expect(doseLine([])).toBeNull());
  it("sums the weeks", () => {
    const week = {
      week: "2026-W01",
      from: "2026-01-05",
      to: "2026-01-11",
      prorated: false,
      prescribedMinutes: 50,
      prescribedDays: 5,
      daysPractised: 5,
    };
    expect(
      doseLine([
        { ...week, loggedMinutes: 50, status: "met" },
        { ...week, loggedMinutes: 20, status: "low" },
      ]),
    ).toBe("70 of 100 minutes practised in the last 2 weeks; dose met in 1 of 2");
  });
});

describe("checkInLines", () => {
  const scores = { week: 1, submittedOn: "2026-01-05", performance: 3, satisfaction: 4 };
  it("says whether a change is meaningful", () => {
    expect(
      checkInLines({
        programGoalId: "dressing",
        first: scores,
        latest: { ...scores, week: 4, performance: 6, satisfaction: 5 },
        performance: { from: 3, to: 6, delta: 3, direction: "up", meaningful: true },
        satisfaction: { from: 4, to: 5, delta: 1, direction: "up", meaningful: false },
      }),
    ).toEqual([
      "Performance 3 → 6 (+3, a meaningful change)",
      "Satisfaction 4 → 5 (+1, not meaningful: under 2 points)",
    ]);
  });
  it("is empty without check-ins", () => expect(checkInLines(null)).toEqual([]));
});
