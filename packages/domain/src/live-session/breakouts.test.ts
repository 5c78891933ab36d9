import { describe, expect, it } from "vitest";

import { splitIntoBreakouts } from "./breakouts";

describe("splitIntoBreakouts", () => {
  it("deals families in turn so rooms differ by at most one", () => {
    expect(splitIntoBreakouts(["a", "b", "c", "d", "e"], 2)).toEqual({
      ok: true,
      rooms: [
        ["a", "c", "e"],
        ["b", "d"],
      ],
    });
  });

  it("allows one family per room", () => {
    expect(splitIntoBreakouts(["a", "b", "c"], 3)).toEqual({
      ok: true,
      rooms: [["a"], ["b"], ["c"]],
    });
  });

  it("refuses more rooms than families", () => {
    expect(splitIntoBreakouts(["a", "b"], 3)).toEqual({ ok: false, reason: "TOO_FEW_FAMILIES" });
  });

  it("needs two to eight rooms", () => {
    const families = Array.from({ length: 12 }, (_, i) => i);
    expect(splitIntoBreakouts(families, 1)).toEqual({ ok: false, reason: "TOO_FEW_ROOMS" });
    expect(splitIntoBreakouts(families, 2.5)).toEqual({ ok: false, reason: "TOO_FEW_ROOMS" });
    expect(splitIntoBreakouts(families, 9)).toEqual({ ok: false, reason: "TOO_MANY_ROOMS" });
    expect(splitIntoBreakouts(families, 8).ok).toBe(true);
  });
});
