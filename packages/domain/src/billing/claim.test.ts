import { describe, expect, it } from "vitest";

import { claimControlNumber, isOpenClaim, pointedLines, splitName } from "./claim";

const line = (code: string) => ({ code, units: 1, modifiers: ["GO"], unitCents: 100, cents: 100 });

describe("pointedLines", () => {
  it("carries the chart's diagnoses in order and points every line at the first four", () => {
    const { diagnoses, lines } = pointedLines(
      [line("97530"), line("97550")],
      ["F82", "R27.8", "F84.0", "R62.50", "Q90.9"],
    );
    expect(diagnoses).toEqual(["F82", "R27.8", "F84.0", "R62.50", "Q90.9"]);
    expect(lines.map((l) => l.diagnosisPointers)).toEqual([
      [1, 2, 3, 4],
      [1, 2, 3, 4],
    ]);
  });

  it("carries at most 12 diagnoses, and none leaves the lines without pointers", () => {
    const many = Array.from({ length: 14 }, (_, i) => `R${10 + i}`);
    expect(pointedLines([line("97530")], many).diagnoses).toHaveLength(12);
    expect(pointedLines([line("97530")], []).lines[0]?.diagnosisPointers).toEqual([]);
  });
});

describe("claim numbers and names", () => {
  it("writes the patient control number from the claim's number", () => {
    expect(claimControlNumber(1024)).toBe("CO-001024");
    expect(claimControlNumber(12_345_678)).toBe("CO-12345678");
  });

  it("splits a full name into first and last, a single word being the last", () => {
    expect(splitName("Dana Thompson")).toEqual({ firstName: "Dana", lastName: "Thompson" });
    expect(splitName("  Mary Ann  Lee ")).toEqual({ firstName: "Mary Ann", lastName: "Lee" });
    expect(splitName("Cher")).toEqual({ firstName: "", lastName: "Cher" });
  });

  it("treats only draft and ready claims as open", () => {
    expect(["draft", "ready", "submitted", "accepted"].map((s) => isOpenClaim(s as never))).toEqual(
      [true, true, false, false],
    );
  });
});
