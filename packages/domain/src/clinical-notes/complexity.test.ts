import { describe, expect, it } from "vitest";

import { suggestComplexity } from "./complexity";

describe("suggestComplexity", () => {
  it("suggests nothing without a performance deficit", () => {
    expect(suggestComplexity(0)).toBeNull();
  });

  it.each([
    [1, "low", "97165", null],
    [2, "low", "97165", null],
    [3, "low", "97165", "moderate"],
    [4, "moderate", "97166", null],
    [5, "moderate", "97166", "high"],
    [6, "high", "97167", null],
    [12, "high", "97167", null],
  ])("%i deficits: %s (%s), also fits %s", (deficits, complexity, code, alsoFits) => {
    expect(suggestComplexity(deficits)).toEqual({ complexity, code, alsoFits });
  });

  it.each([-1, 2.5, Number.NaN])("refuses %s deficits", (deficits) => {
    expect(() => suggestComplexity(deficits)).toThrow(RangeError);
  });
});
