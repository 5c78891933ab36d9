import { describe, expect, it } from "vitest";

import { ChainStructure, LadderStructure, type PracticeEntry } from "..";
import { suggestProgression } from "./suggest";

const ladder = (currentLevel: number) =>
  LadderStructure.parse({
    kind: "ladder",
    levels: [{ title: "One" }, { title: "Two" }, { title: "Three" }],
    currentLevel,
  });
const trial = (level: number, success: number): PracticeEntry => ({
  kind: "ladder",
  level,
  success,
  withHelp: 10 - success,
  notYet: 0,
});
const chain = (childFrom: number) =>
  ChainStructure.parse({
    kind: "chain",
    steps: [{ title: "A" }, { title: "B" }, { title: "C" }],
    childFrom,
  });
const attempt = (childFrom: number, independent: boolean): PracticeEntry => ({
  kind: "chain",
  childFrom,
  steps: [2, 1, 0]
    .filter((i) => i >= childFrom)
    .map((index) => ({ index, done: true, prompt: independent ? "independent" : "verbal" })),
});

describe("suggestProgression", () => {
  it("suggests the next level after three strong sessions at the current one", () => {
    const { suggestion } = suggestProgression(ladder(1), [trial(1, 8), trial(1, 9), trial(1, 8)]);
    expect(suggestion).toMatchObject({
      kind: "ladder",
      decision: "step_up",
      fromLevel: 1,
      toLevel: 2,
    });
  });

  it("counts only the sessions since the child last came to this level", () => {
    // Strong sessions at level 1 long ago, then level 0, then back at 1 with one session.
    const { suggestion } = suggestProgression(ladder(1), [
      trial(1, 9),
      trial(1, 9),
      trial(0, 9),
      trial(1, 9),
    ]);
    expect(suggestion).toBeNull();
  });

  it("suggests a step down after a weak session, but never below the first level", () => {
    expect(suggestProgression(ladder(1), [trial(1, 3)]).suggestion).toMatchObject({
      decision: "step_down",
      toLevel: 0,
    });
    expect(suggestProgression(ladder(0), [trial(0, 3)]).suggestion).toBeNull();
  });

  it("suggests nothing above the top level, and says the goal needs review", () => {
    const status = suggestProgression(ladder(2), [trial(2, 9), trial(2, 9), trial(2, 9)]);
    expect(status.suggestion).toBeNull();
    expect(status.reason).toMatch(/top level/);
  });

  it("extends a chain after three independent tries at the child's part", () => {
    const { suggestion } = suggestProgression(chain(2), [
      attempt(2, false),
      attempt(2, true),
      attempt(2, true),
      attempt(2, true),
    ]);
    expect(suggestion).toMatchObject({
      kind: "chain",
      decision: "extend",
      fromChildFrom: 2,
      toChildFrom: 1,
    });
  });

  it("holds a chain until the streak is long enough, and says how far it has come", () => {
    const status = suggestProgression(chain(2), [attempt(2, true), attempt(2, true)]);
    expect(status.suggestion).toBeNull();
    expect(status.reason).toBe("2 independent tries in a row at the last step; 3 are needed.");
  });

  it("calls a chain complete when the child does every step alone three times", () => {
    const { suggestion } = suggestProgression(chain(0), [
      attempt(0, true),
      attempt(0, true),
      attempt(0, true),
    ]);
    expect(suggestion).toMatchObject({ kind: "chain", decision: "complete" });
  });

  it("has nothing to suggest for the other techniques", () => {
    expect(
      suggestProgression({ kind: "routine_practice", minutes: 5, daysPerWeek: 5 }, []).suggestion,
    ).toBeNull();
  });
});
