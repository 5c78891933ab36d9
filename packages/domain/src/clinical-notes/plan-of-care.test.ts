import { describe, expect, it } from "vitest";

import { checkPlanDates, Frequency, frequencyWords } from "./plan-of-care";

describe("frequencyWords", () => {
  it.each([
    [{ visits: 1, per: "week", weeks: 12 }, "1× weekly for 12 weeks"],
    [{ visits: 2, per: "month", weeks: 1 }, "2× monthly for 1 week"],
  ] as const)("%o reads %s", (frequency, words) => {
    expect(frequencyWords(frequency)).toBe(words);
  });
});

describe("Frequency", () => {
  it("names the field that is out of range", () => {
    const result = Frequency.safeParse({ visits: 8, per: "week", weeks: 12 });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["visits"],
      message: "Plan at most 7 visits in a period",
    });
  });
});

describe("checkPlanDates", () => {
  it("counts both the first and the last day", () => {
    expect(checkPlanDates("2026-03-01", "2026-05-29")).toEqual({ ok: true, days: 90 });
    expect(checkPlanDates("2026-03-01", "2026-03-01")).toEqual({ ok: true, days: 1 });
  });

  it("refuses a 91st day and says the latest end it allows", () => {
    expect(checkPlanDates("2026-03-01", "2026-05-30")).toEqual({
      ok: false,
      reason: "TOO_LONG",
      days: 91,
      maxDays: 90,
      latestEnd: "2026-05-29",
    });
  });

  it("allows more when the payer does", () => {
    expect(checkPlanDates("2026-03-01", "2026-05-30", 120)).toEqual({ ok: true, days: 91 });
  });

  it("refuses an end before the start", () => {
    expect(checkPlanDates("2026-03-02", "2026-03-01")).toEqual({
      ok: false,
      reason: "END_BEFORE_START",
    });
  });

  it("counts across a daylight-saving change and a leap day as whole days", () => {
    expect(checkPlanDates("2028-02-01", "2028-04-30")).toEqual({ ok: true, days: 90 });
  });
});
