import { describe, expect, it } from "vitest";

import { ChainStructure, LadderStructure } from "./activity";
import {
  chainAttempt,
  entryMatchesActivity,
  entryMinutes,
  ladderTrials,
  PracticeEntry,
  PracticeLog,
} from "./practice-entry";

const ladder = LadderStructure.parse({
  kind: "ladder",
  levels: [{ title: "Big buttons" }, { title: "Small buttons" }],
  currentLevel: 0,
});
const chain = ChainStructure.parse({
  kind: "chain",
  steps: [{ title: "Sock on" }, { title: "Shoe on" }, { title: "Velcro" }],
  childFrom: 2,
});

const issueField = (value: unknown) => {
  const result = PracticeEntry.safeParse(value);
  return result.success ? null : result.error.issues[0]?.path.join(".");
};

describe("PracticeEntry", () => {
  it("refuses 300 trials in one practice, naming the field", () => {
    expect(issueField({ kind: "ladder", level: 0, success: 100, withHelp: 100, notYet: 100 })).toBe(
      "success",
    );
    expect(issueField({ kind: "ladder", level: 0, success: 8, withHelp: 1, notYet: 1 })).toBeNull();
  });

  it("refuses a practice with no tries, and counts that are not whole", () => {
    expect(issueField({ kind: "ladder", level: 0, success: 0, withHelp: 0, notYet: 0 })).toBe(
      "success",
    );
    expect(issueField({ kind: "ladder", level: 0, success: 2.5, withHelp: 0, notYet: 0 })).toBe(
      "success",
    );
  });

  it("refuses 240 minutes or more of routine practice", () => {
    expect(issueField({ kind: "routine_practice", minutes: 240 })).toBe("minutes");
    expect(issueField({ kind: "routine_practice", minutes: 239 })).toBeNull();
  });

  it("refuses a chain log that marks a step twice, and a comment tally of nothing", () => {
    expect(
      issueField({
        kind: "chain",
        childFrom: 2,
        steps: [
          { index: 2, done: true, prompt: "independent" },
          { index: 2, done: true, prompt: "verbal" },
        ],
      }),
    ).toBe("steps");
    expect(issueField({ kind: "descriptive_commenting", descriptive: 0, directive: 0 })).toBe(
      "descriptive",
    );
  });

  it("takes a note and a mood with the day, and refuses a long note", () => {
    const log = { entry: { kind: "sensory_diet", outcome: "done" }, practisedOn: "2027-01-05" };
    expect(PracticeLog.safeParse({ ...log, mood: "hard", note: "Tired today" }).success).toBe(true);
    expect(PracticeLog.safeParse({ ...log, note: "x".repeat(1001) }).success).toBe(false);
    expect(PracticeLog.safeParse({ ...log, practisedOn: "05/01/2027" }).success).toBe(false);
  });
});

describe("what the engine counts", () => {
  it("counts only unaided tries as ladder successes", () => {
    expect(ladderTrials({ kind: "ladder", level: 0, success: 6, withHelp: 3, notYet: 1 })).toEqual({
      successes: 6,
      attempts: 10,
    });
  });

  it("calls a chain attempt independent only when every step of the child's part was", () => {
    const attempt = (prompts: ("independent" | "verbal")[], done = true) =>
      chainAttempt({
        kind: "chain",
        childFrom: 1,
        steps: prompts.map((prompt, i) => ({ index: i + 1, done, prompt })),
      });
    expect(attempt(["independent", "independent"])).toEqual({ independent: true });
    expect(attempt(["independent", "verbal"])).toEqual({ independent: false });
    expect(attempt(["independent", "independent"], false)).toEqual({ independent: false });
  });

  it("takes routine practice minutes from the entry, and others from the log", () => {
    expect(entryMinutes({ entry: { kind: "routine_practice", minutes: 12 } })).toBe(12);
    expect(entryMinutes({ entry: { kind: "sensory_diet", outcome: "done" }, minutes: 6 })).toBe(6);
    expect(entryMinutes({ entry: { kind: "sensory_diet", outcome: "done" } })).toBeUndefined();
  });
});

describe("entryMatchesActivity", () => {
  it("accepts a log of the same technique at a level or steps that exist", () => {
    expect(
      entryMatchesActivity(
        { kind: "ladder", level: 1, success: 5, withHelp: 0, notYet: 0 },
        ladder,
      ),
    ).toEqual({ ok: true });
  });

  it("names what does not fit", () => {
    expect(
      entryMatchesActivity(
        { kind: "ladder", level: 2, success: 5, withHelp: 0, notYet: 0 },
        ladder,
      ),
    ).toMatchObject({ ok: false, field: "level" });
    expect(entryMatchesActivity({ kind: "sensory_diet", outcome: "done" }, ladder)).toMatchObject({
      ok: false,
      field: "kind",
    });
    expect(
      entryMatchesActivity(
        { kind: "chain", childFrom: 2, steps: [{ index: 3, done: true, prompt: "verbal" }] },
        chain,
      ),
    ).toMatchObject({ ok: false, field: "steps" });
    expect(
      entryMatchesActivity(
        { kind: "chain", childFrom: 5, steps: [{ index: 2, done: true, prompt: "verbal" }] },
        chain,
      ),
    ).toMatchObject({ ok: false, field: "childFrom" });
    // The child's part is steps 1 and 2: a log of step 2 alone leaves one out.
    expect(
      entryMatchesActivity(
        { kind: "chain", childFrom: 1, steps: [{ index: 2, done: true, prompt: "independent" }] },
        chain,
      ),
    ).toMatchObject({ ok: false, field: "steps" });
  });
});
