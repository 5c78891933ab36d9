import { describe, expect, it } from "vitest";

import {
  claimControlNumber,
  claimNumberOf,
  claimStatusAfterPayment,
  isOpenClaim,
  pointedLines,
  splitName,
} from "./claim";

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

describe("claimNumberOf", () => {
  it("reads back the number of a control number we wrote", () => {
    expect(claimNumberOf(claimControlNumber(1234))).toBe(1234);
    expect(claimNumberOf(" co-1234567 ")).toBe(1234567);
  });

  it("finds none in another's control number", () => {
    for (const other of ["", "1234", "CO-12", "XY-001234", "CO-001234-2", "CO-0012a4"])
      expect(claimNumberOf(other)).toBeNull();
  });
});

describe("claimStatusAfterPayment", () => {
  it("pays, denies, or takes a reversed claim back to accepted", () => {
    expect(claimStatusAfterPayment("1", false)).toBe("paid");
    expect(claimStatusAfterPayment("2", false)).toBe("paid");
    expect(claimStatusAfterPayment("4", true)).toBe("denied");
    expect(claimStatusAfterPayment("1", true)).toBe("denied");
    expect(claimStatusAfterPayment("22", false)).toBe("accepted");
  });
});
