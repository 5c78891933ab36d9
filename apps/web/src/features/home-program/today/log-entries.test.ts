import { describe, expect, it } from "vitest";

import { LogPracticeInput } from "@carryover/api/contracts/practice";

import {
  chainEntry,
  childSteps,
  commentTally,
  entryProblem,
  initialChainOutcomes,
  isWholeMinutes,
  oneMinuteLess,
  oneMinuteMore,
  routineEntry,
  routineSaveLabel,
  sensoryDietLog,
  withTrimmedNote,
} from "./log-entries";

describe("logging a try at a chain", () => {
  const chain = {
    steps: [{ title: "Sock" }, { title: "Shoe" }, { title: "Velcro" }],
    childFrom: 1,
  };

  it("asks only about the child's part, each step first marked done alone", () => {
    expect(childSteps(chain).map((s) => s.index)).toEqual([1, 2]);
    expect(initialChainOutcomes(chain)).toEqual({ 1: "independent", 2: "independent" });
  });

  it("logs each step with its prompt, a step not done as needing full help", () => {
    expect(chainEntry(chain, { 1: "verbal", 2: "not_done" })).toEqual({
      kind: "chain",
      childFrom: 1,
      steps: [
        { index: 1, done: true, prompt: "verbal" },
        { index: 2, done: false, prompt: "physical" },
      ],
    });
  });

  it("counts a step left unmarked as done alone", () => {
    expect(chainEntry(chain, {})).toMatchObject({
      steps: [
        { index: 1, done: true, prompt: "independent" },
        { index: 2, done: true, prompt: "independent" },
      ],
    });
  });
});

describe("logging a sensory-diet block", () => {
  it("counts the block's minutes when it was done", () => {
    expect(sensoryDietLog("done", "Carry the laundry basket", "16:30 Homework", 6)).toEqual({
      entry: {
        kind: "sensory_diet",
        outcome: "done",
        activityTitle: "Carry the laundry basket",
        moment: "16:30 Homework",
      },
      extras: { minutes: 6 },
    });
  });

  it("counts no minutes when it was skipped, and no activity when none was picked", () => {
    expect(sensoryDietLog("skipped", "", "16:30 Homework", 6)).toEqual({
      entry: {
        kind: "sensory_diet",
        outcome: "skipped",
        activityTitle: undefined,
        moment: "16:30 Homework",
      },
      extras: {},
    });
  });
});

describe("logging minutes of routine practice", () => {
  it("takes whole minutes from 1 to 239", () => {
    expect([0, 1, 239, 240, 2.5, Number.NaN].map(isWholeMinutes)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(routineSaveLabel(10)).toBe("Done: 10 minutes");
    expect(routineSaveLabel(Number.NaN)).toBe("Enter the minutes");
  });

  it("says what is wrong with the minutes in practice.log's contract's words", () => {
    const said = (minutes: number) =>
      LogPracticeInput.shape.entry.safeParse(routineEntry(minutes)).error?.issues[0]?.message;
    expect(said(0)).toBe("At least 1 minute");
    for (const minutes of [0, 240, 2.5, Number.NaN])
      expect(entryProblem(routineEntry(minutes))).toBe(said(minutes));
    expect([240, 2.5, Number.NaN].map((m) => entryProblem(routineEntry(m)))).toEqual([
      "That is 4 hours or more: check the minutes",
      "Use whole minutes",
      "Enter the minutes",
    ]);
    expect(entryProblem(routineEntry(10))).toBeNull();
  });

  it("steps one minute down to 1 and up to 239, from an empty box too", () => {
    expect(oneMinuteLess(10)).toBe(9);
    expect(oneMinuteLess(1)).toBe(1);
    expect(oneMinuteLess(Number.NaN)).toBe(1);
    expect(oneMinuteMore(10)).toBe(11);
    expect(oneMinuteMore(239)).toBe(239);
    expect(oneMinuteMore(Number.NaN)).toBe(1);
  });
});

describe("counting descriptive comments", () => {
  it("aims for the target before the first comment", () => {
    expect(commentTally(0, 0, 4)).toBe("Aim for 4 describing comments for each instruction.");
  });

  it("says when the ratio is on target, and what to aim for when it is not", () => {
    expect(commentTally(8, 2, 4)).toBe("8 describing to 2 instructions: right on target.");
    expect(commentTally(3, 1, 4)).toBe("3 describing to 1 instruction: aim for 4 to 1.");
  });
});

describe("what a log needs before it can be saved", () => {
  it("asks for a try, a step or a comment, as practice.log's contract does", () => {
    const ladder = { kind: "ladder" as const, level: 0, success: 0, withHelp: 0, notYet: 0 };
    expect(entryProblem(ladder)).toBe("Count at least one try");
    expect(entryProblem({ ...ladder, notYet: 1 })).toBeNull();
    const chain = { steps: [{ title: "Sleeve" }, { title: "Zip" }], childFrom: 2 };
    expect(entryProblem(chainEntry(chain, {}))).toBe("Mark at least one step");
    expect(entryProblem(chainEntry({ ...chain, childFrom: 1 }, {}))).toBeNull();
    expect(entryProblem({ kind: "descriptive_commenting", descriptive: 0, directive: 0 })).toBe(
      "Count at least one comment",
    );
  });
});

describe("the note beside any log", () => {
  it("is sent trimmed, and not at all when blank", () => {
    expect(withTrimmedNote({ note: "  Tired today " })).toEqual({ note: "Tired today" });
    expect(withTrimmedNote({ note: "   ", mood: "okay" })).toEqual({
      note: undefined,
      mood: "okay",
    });
  });
});
