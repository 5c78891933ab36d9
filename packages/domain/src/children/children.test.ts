import { describe, expect, it } from "vitest";

import { ageInYears, checkChildDateOfBirth } from ".";

describe("ageInYears", () => {
  it("counts a birthday on the day itself", () => {
    expect(ageInYears("2018-11-22", "2026-11-22")).toBe(8);
    expect(ageInYears("2018-11-23", "2026-11-22")).toBe(7);
  });
  it("handles a leap-day birthday", () => {
    expect(ageInYears("2020-02-29", "2026-02-28")).toBe(5);
    expect(ageInYears("2020-02-29", "2026-03-01")).toBe(6);
  });
});

describe("checkChildDateOfBirth", () => {
  it("accepts a child up to 18", () => {
    expect(checkChildDateOfBirth("2008-11-22", "2026-11-22")).toEqual({ ok: true });
  });
  it("refuses a date of birth in the future", () => {
    expect(checkChildDateOfBirth("2026-11-23", "2026-11-22")).toEqual({
      ok: false,
      reason: "IN_FUTURE",
    });
  });
  it("refuses someone older than 18", () => {
    expect(checkChildDateOfBirth("2007-11-21", "2026-11-22")).toEqual({
      ok: false,
      reason: "OVER_18",
    });
  });
});
