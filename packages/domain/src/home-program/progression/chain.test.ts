import { describe, expect, it } from "vitest";

import { evaluateChain } from "./chain";

const alone = { independent: true };
const helped = { independent: false };

describe("evaluateChain", () => {
  it("holds before any attempt", () => {
    expect(evaluateChain({ stepCount: 5, childFrom: 4, attempts: [] })).toEqual({
      decision: "hold",
      childFrom: 4,
    });
  });

  it("holds with 2 independent completions", () => {
    expect(evaluateChain({ stepCount: 5, childFrom: 4, attempts: [alone, alone] })).toEqual({
      decision: "hold",
      childFrom: 4,
    });
  });

  it("gives the child the step before after 3 independent completions", () => {
    expect(evaluateChain({ stepCount: 5, childFrom: 4, attempts: [alone, alone, alone] })).toEqual({
      decision: "extend",
      childFrom: 3,
    });
  });

  it("counts only the run at the end, after the latest prompted attempt", () => {
    expect(
      evaluateChain({ stepCount: 5, childFrom: 2, attempts: [helped, alone, alone, alone] }),
    ).toEqual({ decision: "extend", childFrom: 1 });
    expect(
      evaluateChain({ stepCount: 5, childFrom: 2, attempts: [alone, helped, alone, alone] }),
    ).toEqual({ decision: "hold", childFrom: 2 });
  });

  it("holds when a later prompted attempt breaks the streak", () => {
    expect(
      evaluateChain({ stepCount: 5, childFrom: 3, attempts: [alone, alone, alone, helped] }),
    ).toEqual({ decision: "hold", childFrom: 3 });
  });

  it("completes the task when the child already does every step", () => {
    expect(evaluateChain({ stepCount: 4, childFrom: 0, attempts: [alone, alone, alone] })).toEqual({
      decision: "complete",
      childFrom: 0,
    });
  });

  it("holds at the first step until the streak is there", () => {
    expect(evaluateChain({ stepCount: 4, childFrom: 0, attempts: [alone, helped] })).toEqual({
      decision: "hold",
      childFrom: 0,
    });
  });

  it("completes a one-step task", () => {
    expect(evaluateChain({ stepCount: 1, childFrom: 0, attempts: [alone, alone, alone] })).toEqual({
      decision: "complete",
      childFrom: 0,
    });
  });

  describe("a custom mastery streak", () => {
    const rule = { masteryStreak: 5 };
    it("waits for 5 in a row", () => {
      const four = [alone, alone, alone, alone];
      expect(evaluateChain({ stepCount: 6, childFrom: 5, attempts: four, rule }).decision).toBe(
        "hold",
      );
      expect(
        evaluateChain({ stepCount: 6, childFrom: 5, attempts: [...four, alone], rule }),
      ).toEqual({ decision: "extend", childFrom: 4 });
    });

    it("extends after one independent completion when the rule asks for one", () => {
      expect(
        evaluateChain({
          stepCount: 3,
          childFrom: 1,
          attempts: [alone],
          rule: { masteryStreak: 1 },
        }),
      ).toEqual({ decision: "extend", childFrom: 0 });
    });

    it("falls back to 3 when left undefined", () => {
      expect(
        evaluateChain({
          stepCount: 3,
          childFrom: 2,
          attempts: [alone, alone, alone],
          rule: { masteryStreak: undefined },
        }).decision,
      ).toBe("extend");
    });
  });

  describe("impossible input", () => {
    it.each([
      [{ stepCount: 0, childFrom: 0 }, /stepCount/],
      [{ stepCount: 2.5, childFrom: 0 }, /stepCount/],
      [{ stepCount: 4, childFrom: 4 }, /childFrom must be a step of the chain, 0 to 3 \(got 4\)/],
      [{ stepCount: 4, childFrom: -1 }, /childFrom/],
      [{ stepCount: 4, childFrom: 1.5 }, /childFrom/],
      [{ stepCount: 4, childFrom: 3, rule: { masteryStreak: 0 } }, /rule\.masteryStreak/],
      [{ stepCount: 4, childFrom: 3, rule: { masteryStreak: 2.5 } }, /rule\.masteryStreak/],
    ])("throws a RangeError naming the field (%#)", (input, message) => {
      expect(() => evaluateChain({ ...input, attempts: [] })).toThrow(RangeError);
      expect(() => evaluateChain({ ...input, attempts: [] })).toThrow(message);
    });
  });
});
