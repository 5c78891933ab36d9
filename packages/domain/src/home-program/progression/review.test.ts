import { describe, expect, it } from "vitest";

import { checkProgramReview } from "./review";

// A Monday; 6 weeks later is 2026-02-16, 8 weeks later 2026-03-02.
const start = "2026-01-05";
const goals = (performance: [number, number, number]) =>
  performance.map((p, i) => ({ goalId: `goal-${i}`, performance: p, satisfaction: 5 }));
const review = (today: string, more: Partial<Parameters<typeof checkProgramReview>[0]> = {}) =>
  checkProgramReview({ start, today, advances: [], checkIns: [], ...more });

describe("checkProgramReview", () => {
  it("does not flag a program 5 weeks and 6 days old", () => {
    expect(review("2026-02-15")).toEqual({
      flagged: false,
      since: start,
      weeks: 5,
      reason:
        "5 weeks since the program started on Jan 5, 2026; review after 6 weeks without change.",
    });
  });

  it("flags a program with no change 6 weeks after its start", () => {
    expect(review("2026-02-16")).toEqual({
      flagged: true,
      since: start,
      weeks: 6,
      reason:
        "6 weeks since the program started on Jan 5, 2026, with no advance or 2-point gain since: time to review the program.",
    });
  });

  it("says less than a week for a new program", () => {
    expect(review("2026-01-08")).toMatchObject({
      flagged: false,
      weeks: 0,
      reason:
        "Less than a week since the program started on Jan 5, 2026; review after 6 weeks without change.",
    });
  });

  it("says 1 week, not 1 weeks", () => {
    expect(review("2026-01-12").reason).toMatch(/^1 week since/);
  });

  describe("a level or step advance", () => {
    const advances = ["2026-01-19", "2026-02-02"];

    it("restarts the count from the latest one", () => {
      expect(review("2026-02-16", { advances })).toEqual({
        flagged: false,
        since: "2026-02-02",
        weeks: 2,
        reason:
          "2 weeks since the last level or step advance on Feb 2, 2026; review after 6 weeks without change.",
      });
    });

    it("flags 6 weeks after it with nothing since", () => {
      expect(review("2026-03-15", { advances }).flagged).toBe(false);
      expect(review("2026-03-16", { advances })).toMatchObject({
        flagged: true,
        since: "2026-02-02",
        weeks: 6,
        reason:
          "6 weeks since the last level or step advance on Feb 2, 2026, with no advance or 2-point gain since: time to review the program.",
      });
    });

    it("does not count before the program's start or after today", () => {
      expect(review("2026-02-16", { advances: ["2025-12-20", "2026-02-20"] })).toMatchObject({
        flagged: true,
        since: start,
      });
    });
  });

  describe("check-ins", () => {
    const baseline = { date: "2026-01-05", goals: goals([3, 4, 5]) };

    it("restart the count from one with a 2-point performance gain on any goal", () => {
      const gain = { date: "2026-02-02", goals: goals([3, 6, 5]) };
      expect(review("2026-02-16", { checkIns: [baseline, gain] })).toMatchObject({
        flagged: false,
        since: "2026-02-02",
        weeks: 2,
        reason:
          "2 weeks since the last check-in with a 2-point gain on Feb 2, 2026; review after 6 weeks without change.",
      });
      expect(review("2026-03-16", { checkIns: [baseline, gain] })).toMatchObject({
        flagged: true,
        since: "2026-02-02",
      });
    });

    it("compare each check-in with the one before it, whatever order they come in", () => {
      const gain = { date: "2026-02-02", goals: goals([3, 6, 5]) };
      const later = { date: "2026-03-02", goals: goals([3, 6, 5]) };
      expect(review("2026-03-09", { checkIns: [later, gain, baseline] }).since).toBe("2026-02-02");
    });

    it("do not restart it with gains under 2 points, even when they add up", () => {
      const checkIns = [
        baseline,
        { date: "2026-01-19", goals: goals([4, 5, 6]) },
        { date: "2026-02-02", goals: goals([5, 6, 7]) },
      ];
      expect(review("2026-02-16", { checkIns })).toMatchObject({ flagged: true, since: start });
    });

    it("do not restart it with a 2-point fall or a gain in satisfaction only", () => {
      const fall = { date: "2026-02-02", goals: goals([1, 4, 5]) };
      const happier = {
        date: "2026-02-09",
        goals: goals([1, 4, 5]).map((g) => ({ ...g, satisfaction: 9 })),
      };
      expect(review("2026-02-16", { checkIns: [baseline, fall, happier] }).flagged).toBe(true);
    });

    it("do not count the first check-in, however high", () => {
      const first = { date: "2026-02-02", goals: goals([9, 9, 9]) };
      expect(review("2026-02-16", { checkIns: [first] }).flagged).toBe(true);
    });

    it("do not count one dated after today", () => {
      const future = { date: "2026-02-20", goals: goals([9, 9, 9]) };
      expect(review("2026-02-16", { checkIns: [baseline, future] }).since).toBe(start);
    });
  });

  it("takes the latest of an advance and a gain", () => {
    const checkIns = [
      { date: "2026-01-05", goals: goals([3, 4, 5]) },
      { date: "2026-02-09", goals: goals([5, 4, 5]) },
    ];
    expect(review("2026-02-16", { checkIns, advances: ["2026-01-26"] }).since).toBe("2026-02-09");
    expect(review("2026-02-16", { checkIns, advances: ["2026-02-12"] }).since).toBe("2026-02-12");
  });

  describe("a custom review window", () => {
    it("waits 8 weeks when set to 8", () => {
      expect(review("2026-02-16", { reviewAfterWeeks: 8 })).toMatchObject({
        flagged: false,
        weeks: 6,
        reason:
          "6 weeks since the program started on Jan 5, 2026; review after 8 weeks without change.",
      });
      expect(review("2026-03-01", { reviewAfterWeeks: 8 }).flagged).toBe(false);
      expect(review("2026-03-02", { reviewAfterWeeks: 8 })).toMatchObject({
        flagged: true,
        weeks: 8,
      });
    });

    it("refuses a window outside 6 to 8 weeks", () => {
      expect(() => review("2026-03-02", { reviewAfterWeeks: 5 })).toThrow(RangeError);
      expect(() => review("2026-03-02", { reviewAfterWeeks: 9 })).toThrow(/reviewAfterWeeks/);
    });
  });

  it("does not flag a program that has not started", () => {
    expect(review("2026-01-01")).toEqual({
      flagged: false,
      since: start,
      weeks: 0,
      reason: "The program starts on Jan 5, 2026.",
    });
  });

  it("throws a RangeError naming a bad date", () => {
    expect(() => review("2026-02-30")).toThrow(/today must be a date/);
    expect(() => review("2026-02-16", { advances: ["2026-1-19"] })).toThrow(/advances\[0\]/);
    expect(() =>
      review("2026-02-16", { checkIns: [{ date: "soon", goals: goals([1, 1, 1]) }] }),
    ).toThrow(/checkIns\[0\]\.date/);
  });
});
