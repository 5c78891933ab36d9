import { describe, expect, it } from "vitest";

import { goalEvidenceWords, splitSummary } from "./goal-evidence-words";

const ID = "11111111-1111-4111-8111-111111111111";
const week = (loggedMinutes: number, daysPractised: number) => ({
  week: "2026-W48",
  from: "2026-11-23",
  to: "2026-11-29",
  prorated: false,
  prescribedMinutes: 70,
  loggedMinutes,
  prescribedDays: 5,
  daysPractised,
  status: "partial" as const,
});
const scores = (performance: number) => ({
  week: 1,
  submittedOn: "2026-11-01",
  performance,
  satisfaction: 5,
});

describe("goalEvidenceWords", () => {
  it("reads a ladder, a month's practice and a meaningful check-in change", () => {
    expect(
      goalEvidenceWords({
        activities: [
          {
            kind: "ladder",
            activityId: ID,
            title: "Buttons",
            level: 2,
            levelTitle: "Big buttons",
            levelCount: 5,
            recentSessions: 3,
            successes: 4,
            attempts: 5,
            successRate: 0.8,
            decision: "hold",
            reason: "",
          },
          { kind: "sensory_diet", activityId: ID, title: "Heavy work" },
        ],
        dose: [week(40, 3), week(50, 3)],
        checkIns: {
          programGoalId: "g",
          first: scores(4),
          latest: scores(7),
          performance: { from: 4, to: 7, delta: 3, direction: "up", meaningful: true },
          satisfaction: null,
        },
      }),
    ).toEqual([
      "Buttons: level 3 of 5, did it 4 of the last 5 times",
      "Practice in the last 4 weeks: 90 minutes on 6 days",
      "Your last check-in: 7 out of 10, up 3 — a real change",
    ]);
  });

  it("says plainly when nothing is logged and a check-in has not moved", () => {
    expect(
      goalEvidenceWords({
        activities: [],
        dose: [week(0, 0)],
        checkIns: {
          programGoalId: "g",
          first: scores(5),
          latest: scores(5),
          performance: { from: 5, to: 5, delta: 0, direction: "same", meaningful: false },
          satisfaction: null,
        },
      }),
    ).toEqual(["Practice in the last 4 weeks: none logged yet", "Your last check-in: 5 out of 10"]);
  });

  it("has nothing to say without evidence", () => {
    expect(goalEvidenceWords({ activities: [], dose: [], checkIns: null })).toEqual([]);
  });
});

describe("splitSummary", () => {
  it("keeps the first paragraph apart from the rest", () => {
    expect(splitSummary("Maya buttons.\n\nShe zips too.\n\n  \nKeep going.")).toEqual({
      first: "Maya buttons.",
      rest: ["She zips too.", "Keep going."],
    });
  });
});
