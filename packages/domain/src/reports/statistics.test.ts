import { describe, expect, it } from "vitest";

import { daysOfMs, median, percentile } from "./statistics";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const tenth = [10, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(percentile(tenth, 90)).toBe(9);
    expect(percentile([...tenth, 11], 90)).toBe(10);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 90)).toBeNull();
    expect(() => percentile([1], 0)).toThrow(RangeError);
  });
});

describe("daysOfMs", () => {
  it("writes a span in days to one decimal, never negative", () => {
    expect(daysOfMs(3 * 3_600_000)).toBe(0.1);
    expect(daysOfMs(36 * 3_600_000)).toBe(1.5);
    expect(daysOfMs(-5_000)).toBe(0);
  });
});
