import { describe, expect, it } from "vitest";

import {
  initialGoalChoice,
  planCheckIn,
  ratingKeyOfField,
  resultsOfCheckIn,
} from "./check-in-data";

const due = (statuses: [string, string, string]) =>
  ([4, 8, 12] as const).map((week, i) => ({
    week,
    dueDate: ["2026-02-02", "2026-03-02", "2026-03-30"][i] ?? "",
    status: statuses[i] ?? "upcoming",
  }));

describe("planCheckIn", () => {
  it("asks for the baseline before any check-in", () => {
    expect(
      planCheckIn({ checkInsDue: due(["upcoming", "upcoming", "upcoming"]), checkIns: [] }),
    ).toEqual({ kind: "due", week: 0, dueDate: null, overdue: false });
  });

  it("asks for the first check-in due or overdue", () => {
    expect(
      planCheckIn({ checkInsDue: due(["done", "due", "upcoming"]), checkIns: [{ week: 0 }] }),
    ).toEqual({ kind: "due", week: 8, dueDate: "2026-03-02", overdue: false });
    expect(
      planCheckIn({ checkInsDue: due(["overdue", "due", "upcoming"]), checkIns: [{ week: 0 }] }),
    ).toEqual({ kind: "due", week: 4, dueDate: "2026-02-02", overdue: true });
  });

  it("prefers a review week that is due over a missing baseline", () => {
    expect(
      planCheckIn({ checkInsDue: due(["due", "upcoming", "upcoming"]), checkIns: [] }),
    ).toMatchObject({ kind: "due", week: 4 });
  });

  it("says when the next one opens when none is due", () => {
    expect(
      planCheckIn({ checkInsDue: due(["done", "upcoming", "upcoming"]), checkIns: [{ week: 4 }] }),
    ).toEqual({ kind: "none", next: { week: 8, dueDate: "2026-03-02" } });
    expect(
      planCheckIn({ checkInsDue: due(["done", "done", "done"]), checkIns: [{ week: 12 }] }),
    ).toEqual({ kind: "none", next: null });
  });
});

describe("choosing goals", () => {
  const goals = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `g${i + 1}` }));

  it("rates every goal of a program with 5 or fewer", () => {
    expect(initialGoalChoice(goals(3), [])).toEqual(["g1", "g2", "g3"]);
    expect(initialGoalChoice(goals(5), [])).toHaveLength(5);
  });

  it("starts from the goals rated last time when there are more than 5", () => {
    const checkIns = [
      { week: 0, submittedOn: "2026-01-05", ratings: ["g1", "g2", "g3"].map(rated) },
      { week: 4, submittedOn: "2026-02-02", ratings: ["g7", "g2", "g6", "gone"].map(rated) },
    ];
    expect(initialGoalChoice(goals(7), checkIns)).toEqual(["g2", "g6", "g7"]);
  });

  it("starts from the first 5 when too few of last time's goals remain", () => {
    const checkIns = [{ week: 0, submittedOn: "2026-01-05", ratings: ["g1", "x", "y"].map(rated) }];
    expect(initialGoalChoice(goals(8), checkIns)).toEqual(["g1", "g2", "g3", "g4", "g5"]);
  });
});

function rated(goalId: string) {
  return { goalId, performance: 5, satisfaction: 5 };
}

describe("ratings", () => {
  const ids = ["dressing", "homework", "play"];

  it("finds the rating a server error names", () => {
    expect(ratingKeyOfField("ratings.1.satisfaction", ids)).toBe("homework.satisfaction");
    expect(ratingKeyOfField("ratings.2.goalId", ids)).toBe("play.performance");
    expect(ratingKeyOfField("ratings.9.performance", ids)).toBeNull();
    expect(ratingKeyOfField("submittedOn", ids)).toBeNull();
    expect(ratingKeyOfField(null, ids)).toBeNull();
  });
});

describe("resultsOfCheckIn", () => {
  const earlier = [
    {
      week: 0,
      submittedOn: "2026-01-05",
      ratings: [
        { goalId: "dressing", performance: 3, satisfaction: 2 },
        { goalId: "homework", performance: 2, satisfaction: 2 },
      ],
    },
    {
      week: 4,
      submittedOn: "2026-02-02",
      ratings: [{ goalId: "dressing", performance: 5, satisfaction: 5 }],
    },
  ];
  const sent = {
    week: 8,
    submittedOn: "2026-03-02",
    ratings: [
      { goalId: "dressing", performance: 8, satisfaction: 6 },
      { goalId: "homework", performance: 3, satisfaction: 2 },
      { goalId: "new", performance: 4, satisfaction: 4 },
    ],
  };

  it("compares each goal with the last check-in that rated it", () => {
    const [dressing, homework, fresh] = resultsOfCheckIn(earlier, sent);
    expect(dressing?.latest.since).toMatchObject({
      week: 4,
      performance: { delta: 3, direction: "up", meaningful: true },
      satisfaction: { delta: 1, meaningful: false },
    });
    expect(homework?.latest.since).toMatchObject({ week: 0, performance: { delta: 1 } });
    expect(fresh).toEqual({
      goalId: "new",
      latest: { week: 8, performance: 4, satisfaction: 4, since: null },
    });
  });

  it("compares a late check-in with the one before it, not a later one", () => {
    const [dressing] = resultsOfCheckIn(earlier.slice(0, 1), {
      ...sent,
      week: 4,
      ratings: [{ goalId: "dressing", performance: 4, satisfaction: 2 }],
    });
    expect(dressing?.latest).toMatchObject({ week: 4, since: { week: 0 } });
  });
});
