import { describe, expect, it } from "vitest";

import { evaluateLadder } from "./ladder";

const s = (successes: number, attempts = 10) => ({ successes, attempts });

describe("evaluateLadder", () => {
  it("holds with no sessions yet", () => {
    expect(evaluateLadder({ sessions: [] })).toEqual({
      decision: "hold",
      reason: "No session with at least 5 trials yet.",
    });
  });

  it("steps up after 3 sessions at or above 80%, naming them", () => {
    expect(evaluateLadder({ sessions: [s(8), s(9), s(8)] })).toEqual({
      decision: "step_up",
      reason: "8 of 10, 9 of 10 and 8 of 10 in the last 3 sessions: at or above 80%.",
    });
  });

  it("counts exactly 80% as a step up", () => {
    expect(evaluateLadder({ sessions: [s(4, 5), s(8), s(16, 20)] }).decision).toBe("step_up");
  });

  it("names only the last 3 sessions of a longer run", () => {
    expect(evaluateLadder({ sessions: [s(3), s(10), s(9), s(8), s(10)] })).toEqual({
      decision: "step_up",
      reason: "9 of 10, 8 of 10 and 10 of 10 in the last 3 sessions: at or above 80%.",
    });
  });

  it("holds with fewer good sessions than the rule asks for, saying how many so far", () => {
    expect(evaluateLadder({ sessions: [s(9), s(10)] })).toEqual({
      decision: "hold",
      reason: "2 of 3 sessions at or above 80% so far.",
    });
  });

  it("counts only the good sessions after the latest one under 80%", () => {
    expect(evaluateLadder({ sessions: [s(9), s(9), s(7), s(8)] })).toEqual({
      decision: "hold",
      reason: "1 of 3 sessions at or above 80% so far.",
    });
  });

  it("holds when the latest session is between the two lines", () => {
    expect(evaluateLadder({ sessions: [s(9), s(9), s(7)] })).toEqual({
      decision: "hold",
      reason: "7 of 10 in the latest session: between 50% and 80%, so stay at this level.",
    });
  });

  it("steps down when the latest session is below 50%", () => {
    expect(evaluateLadder({ sessions: [s(6), s(4)] })).toEqual({
      decision: "step_down",
      reason: "4 of 10 in the latest session: below 50%.",
    });
  });

  it("does not step down at exactly 50%", () => {
    expect(evaluateLadder({ sessions: [s(5)] }).decision).toBe("hold");
  });

  it("steps down after a bad session even when the ones before it were good", () => {
    expect(evaluateLadder({ sessions: [s(9), s(10), s(9), s(2)] }).decision).toBe("step_down");
  });

  it("steps down on a zero-success session", () => {
    expect(evaluateLadder({ sessions: [s(0)] })).toEqual({
      decision: "step_down",
      reason: "0 of 10 in the latest session: below 50%.",
    });
  });

  it("steps down rather than up when a rule's step-down line sits above its step-up line", () => {
    expect(
      evaluateLadder({
        sessions: [s(6), s(6), s(6)],
        rule: { stepUpRate: 0.6, stepDownBelowRate: 0.7 },
      }),
    ).toEqual({ decision: "step_down", reason: "6 of 10 in the latest session: below 70%." });
  });

  describe("sessions under minAttempts", () => {
    it("holds when every session is too short, however well it went", () => {
      expect(evaluateLadder({ sessions: [s(4, 4), s(4, 4), s(4, 4)] })).toEqual({
        decision: "hold",
        reason: "No session with at least 5 trials yet.",
      });
    });

    it("do not step a child down", () => {
      expect(evaluateLadder({ sessions: [s(8), s(0, 4)] })).toEqual({
        decision: "hold",
        reason: "1 of 3 sessions at or above 80% so far.",
      });
    });

    it("do not count toward a step up", () => {
      expect(evaluateLadder({ sessions: [s(8), s(4, 4), s(9)] }).decision).toBe("hold");
    });

    it("do not break a run of good sessions", () => {
      expect(evaluateLadder({ sessions: [s(8), s(0, 3), s(9), s(8), s(1, 4)] })).toEqual({
        decision: "step_up",
        reason: "8 of 10, 9 of 10 and 8 of 10 in the last 3 sessions: at or above 80%.",
      });
    });

    it("ignore an empty session", () => {
      expect(evaluateLadder({ sessions: [s(0, 0)] }).decision).toBe("hold");
    });

    it("count from exactly minAttempts trials", () => {
      expect(evaluateLadder({ sessions: [s(2, 5)] }).decision).toBe("step_down");
    });
  });

  describe("a custom rule", () => {
    const rule = { stepUpRate: 0.6, stepUpSessions: 2, minAttempts: 3 };

    it("steps up at 60% over 2 sessions of at least 3 trials", () => {
      expect(evaluateLadder({ sessions: [s(2, 3), s(3, 5)], rule })).toEqual({
        decision: "step_up",
        reason: "2 of 3 and 3 of 5 in the last 2 sessions: at or above 60%.",
      });
    });

    it("ignores sessions under its own minimum", () => {
      expect(evaluateLadder({ sessions: [s(2, 2), s(3, 5)], rule })).toEqual({
        decision: "hold",
        reason: "1 of 2 sessions at or above 60% so far.",
      });
      expect(evaluateLadder({ sessions: [s(3, 3), s(0, 2)], rule })).toEqual({
        decision: "hold",
        reason: "1 of 2 sessions at or above 60% so far.",
      });
    });

    it("names its minimum when no session counts yet", () => {
      expect(evaluateLadder({ sessions: [s(2, 2)], rule }).reason).toBe(
        "No session with at least 3 trials yet.",
      );
    });

    it("keeps the default step-down line it does not set", () => {
      expect(evaluateLadder({ sessions: [s(1, 3)], rule }).decision).toBe("step_down");
    });

    it("steps up on a single session when the rule asks for one", () => {
      expect(evaluateLadder({ sessions: [s(9)], rule: { stepUpSessions: 1 } })).toEqual({
        decision: "step_up",
        reason: "9 of 10 in the latest session: at or above 80%.",
      });
    });

    it("writes a rate that is not a whole percentage to one decimal", () => {
      expect(
        evaluateLadder({ sessions: [s(6)], rule: { stepUpRate: 2 / 3, stepDownBelowRate: 0.45 } })
          .reason,
      ).toBe("6 of 10 in the latest session: between 45% and 66.7%, so stay at this level.");
    });

    it("falls back to the defaults for settings left undefined", () => {
      expect(
        evaluateLadder({
          sessions: [s(8), s(8), s(8)],
          rule: { stepUpRate: undefined, stepUpSessions: undefined },
        }).decision,
      ).toBe("step_up");
    });
  });

  describe("impossible input", () => {
    it.each([
      [[s(11)], undefined, /sessions\[0\]\.successes must not exceed attempts \(got 11 of 10\)/],
      [[s(8), s(-1)], undefined, /sessions\[1\]\.successes/],
      [[s(8, -10)], undefined, /sessions\[0\]\.attempts/],
      [[s(7.5)], undefined, /sessions\[0\]\.successes/],
      [[s(7, 10.5)], undefined, /sessions\[0\]\.attempts/],
      [[s(Number.NaN)], undefined, /sessions\[0\]\.successes/],
      [[], { stepUpRate: 1.2 }, /rule\.stepUpRate/],
      [[], { stepUpRate: -0.1 }, /rule\.stepUpRate/],
      [[], { stepUpRate: Number.NaN }, /rule\.stepUpRate/],
      [[], { stepDownBelowRate: 1.5 }, /rule\.stepDownBelowRate/],
      [[], { stepDownBelowRate: -1 }, /rule\.stepDownBelowRate/],
      [[], { stepUpSessions: 0 }, /rule\.stepUpSessions/],
      [[], { stepUpSessions: 2.5 }, /rule\.stepUpSessions/],
      [[], { minAttempts: 0 }, /rule\.minAttempts/],
      [[], { minAttempts: 1.5 }, /rule\.minAttempts/],
    ])("throws a RangeError naming the field (%#)", (sessions, rule, message) => {
      expect(() => evaluateLadder({ sessions, rule })).toThrow(RangeError);
      expect(() => evaluateLadder({ sessions, rule })).toThrow(message);
    });

    it("accepts the edges of the rate range", () => {
      expect(
        evaluateLadder({ sessions: [s(10)], rule: { stepUpRate: 1, stepDownBelowRate: 0 } })
          .decision,
      ).toBe("hold");
    });
  });
});
