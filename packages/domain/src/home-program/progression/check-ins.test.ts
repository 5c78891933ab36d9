import { describe, expect, it } from "vitest";

import { CheckIn, compareCheckIns, listCheckInsDue, showsPerformanceGain } from "./check-ins";

// A Monday; the 4-, 8- and 12-week check-ins fall due on 2026-02-02, 2026-03-02 and 2026-03-30.
const start = "2026-01-05";
const statuses = (today: string, completedWeeks: number[] = []) =>
  listCheckInsDue({ start, today, completedWeeks }).map((c) => c.status);

describe("listCheckInsDue", () => {
  it("dates the check-ins 4, 8 and 12 weeks from the start", () => {
    expect(listCheckInsDue({ start, today: start, completedWeeks: [] })).toEqual([
      { week: 4, dueDate: "2026-02-02", status: "upcoming" },
      { week: 8, dueDate: "2026-03-02", status: "upcoming" },
      { week: 12, dueDate: "2026-03-30", status: "upcoming" },
    ]);
  });

  it("is upcoming the day before its due date", () => {
    expect(statuses("2026-02-01")).toEqual(["upcoming", "upcoming", "upcoming"]);
  });

  it("is due from its due date", () => {
    expect(statuses("2026-02-02")).toEqual(["due", "upcoming", "upcoming"]);
  });

  it("is still due on the 7th day", () => {
    expect(statuses("2026-02-08")).toEqual(["due", "upcoming", "upcoming"]);
  });

  it("is overdue from the 8th day", () => {
    expect(statuses("2026-02-09")).toEqual(["overdue", "upcoming", "upcoming"]);
  });

  it("stays overdue until done", () => {
    expect(statuses("2026-03-02")).toEqual(["overdue", "due", "upcoming"]);
    expect(statuses("2026-04-20")).toEqual(["overdue", "overdue", "overdue"]);
  });

  it("is done once completed, whether early, on time or late", () => {
    expect(statuses("2026-01-30", [4])).toEqual(["done", "upcoming", "upcoming"]);
    expect(statuses("2026-03-05", [4])).toEqual(["done", "due", "upcoming"]);
    expect(statuses("2026-04-20", [8, 4])).toEqual(["done", "done", "overdue"]);
    expect(statuses("2026-04-20", [4, 8, 12])).toEqual(["done", "done", "done"]);
  });

  it("throws a RangeError naming a week that is not a review point or a bad date", () => {
    expect(() => listCheckInsDue({ start, today: start, completedWeeks: [4, 6] })).toThrow(
      /completedWeeks\[1\] must be 4, 8 or 12/,
    );
    expect(() =>
      listCheckInsDue({ start: "2026-01-32", today: start, completedWeeks: [] }),
    ).toThrow(RangeError);
    expect(() => listCheckInsDue({ start, today: "today", completedWeeks: [] })).toThrow(/today/);
  });
});

const goals = (scores: [string, number, number][]) =>
  scores.map(([goalId, performance, satisfaction]) => ({ goalId, performance, satisfaction }));

describe("CheckIn", () => {
  const valid = {
    date: "2026-02-02",
    goals: goals([
      ["buttoning", 3, 2],
      ["calm-homework-start", 5, 4],
      ["teeth", 1, 10],
    ]),
  };

  it("accepts 3 to 5 goals scored 1 to 10", () => {
    expect(CheckIn.safeParse(valid).success).toBe(true);
    expect(
      CheckIn.safeParse({
        ...valid,
        goals: [
          ...valid.goals,
          ...goals([
            ["a", 1, 1],
            ["b", 10, 10],
          ]),
        ],
      }).success,
    ).toBe(true);
  });

  it.each([
    ["2 goals", { goals: valid.goals.slice(0, 2) }],
    [
      "6 goals",
      {
        goals: [
          ...valid.goals,
          ...goals([
            ["a", 1, 1],
            ["b", 1, 1],
            ["c", 1, 1],
          ]),
        ],
      },
    ],
    ["a score of 0", { goals: [...valid.goals.slice(1), ...goals([["a", 0, 5]])] }],
    ["a score of 11", { goals: [...valid.goals.slice(1), ...goals([["a", 5, 11]])] }],
    ["a score of 4.5", { goals: [...valid.goals.slice(1), ...goals([["a", 4.5, 5]])] }],
    ["a goal rated twice", { goals: [...valid.goals.slice(1), ...goals([["teeth", 2, 2]])] }],
    ["an empty goal id", { goals: [...valid.goals.slice(1), ...goals([[" ", 2, 2]])] }],
    ["an impossible date", { date: "2026-02-30" }],
  ])("refuses %s", (_, change) => {
    expect(CheckIn.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe("compareCheckIns", () => {
  const baseline = {
    date: "2026-01-05",
    goals: goals([
      ["buttoning", 2, 2],
      ["homework", 4, 3],
      ["teeth", 6, 6],
    ]),
  };
  const previous = {
    date: "2026-02-02",
    goals: goals([
      ["buttoning", 3, 3],
      ["homework", 5, 5],
      ["teeth", 6, 6],
    ]),
  };
  const checkIn = {
    date: "2026-03-02",
    goals: goals([
      ["buttoning", 5, 4],
      ["homework", 5, 3],
      ["teeth", 5, 6],
      ["shoes", 3, 3],
    ]),
  };
  const changes = compareCheckIns({ checkIn, previous, baseline });
  const goal = (id: string) => changes.find((c) => c.goalId === id);

  it("flags a rise of 2 points as meaningful, up", () => {
    expect(goal("buttoning")?.sincePrevious?.performance).toEqual({
      from: 3,
      to: 5,
      delta: 2,
      direction: "up",
      meaningful: true,
    });
    expect(goal("buttoning")?.sinceBaseline?.performance).toEqual({
      from: 2,
      to: 5,
      delta: 3,
      direction: "up",
      meaningful: true,
    });
  });

  it("does not flag a change of 1 point", () => {
    expect(goal("buttoning")?.sincePrevious?.satisfaction).toEqual({
      from: 3,
      to: 4,
      delta: 1,
      direction: "up",
      meaningful: false,
    });
    expect(goal("teeth")?.sincePrevious?.performance).toMatchObject({
      delta: -1,
      direction: "down",
      meaningful: false,
    });
  });

  it("flags a fall of 2 points as meaningful, down", () => {
    expect(goal("homework")?.sincePrevious?.satisfaction).toEqual({
      from: 5,
      to: 3,
      delta: -2,
      direction: "down",
      meaningful: true,
    });
  });

  it("reports no change as the same", () => {
    expect(goal("homework")?.sincePrevious?.performance).toMatchObject({
      delta: 0,
      direction: "same",
      meaningful: false,
    });
    expect(goal("homework")?.sinceBaseline?.satisfaction).toMatchObject({
      delta: 0,
      direction: "same",
    });
  });

  it("has nothing to compare for a goal added since", () => {
    expect(goal("shoes")).toEqual({ goalId: "shoes", sincePrevious: null, sinceBaseline: null });
  });

  it("has nothing to compare for the first check-in", () => {
    expect(compareCheckIns({ checkIn: baseline }).map((c) => c.sincePrevious)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("throws a RangeError naming a score outside 1 to 10", () => {
    const bad = { ...previous, goals: goals([["buttoning", 11, 3]]) };
    expect(() => compareCheckIns({ checkIn, previous: bad })).toThrow(
      /previous\.goals\[0\]\.performance/,
    );
    expect(() => compareCheckIns({ checkIn: { ...checkIn, goals: goals([["a", 3, 0]]) } })).toThrow(
      RangeError,
    );
  });
});

describe("showsPerformanceGain", () => {
  const before = {
    date: "2026-02-02",
    goals: goals([
      ["a", 3, 3],
      ["b", 5, 5],
      ["c", 7, 7],
    ]),
  };
  const after = (scores: [string, number, number][]) => ({
    date: "2026-03-02",
    goals: goals(scores),
  });

  it("is true when any goal's performance rose 2 points", () => {
    expect(
      showsPerformanceGain(
        after([
          ["a", 3, 3],
          ["b", 7, 5],
          ["c", 7, 7],
        ]),
        before,
      ),
    ).toBe(true);
  });

  it("is false for a rise of 1, a fall of 2, or a gain in satisfaction only", () => {
    expect(
      showsPerformanceGain(
        after([
          ["a", 4, 3],
          ["b", 5, 5],
          ["c", 5, 7],
        ]),
        before,
      ),
    ).toBe(false);
    expect(
      showsPerformanceGain(
        after([
          ["a", 3, 6],
          ["b", 5, 5],
          ["c", 7, 7],
        ]),
        before,
      ),
    ).toBe(false);
  });
});
