import { describe, expect, it } from "vitest";

import { describeAge, formatDate, todayInZone } from "./format";

describe("describeAge", () => {
  it("speaks of toddlers in months", () => {
    expect(describeAge("2025-05-30", "2026-11-22")).toBe("17 months");
    expect(describeAge("2026-10-22", "2026-11-22")).toBe("1 month");
  });
  it("speaks of older children in years", () => {
    expect(describeAge("2019-04-12", "2026-11-22")).toBe("7 years");
  });
});

describe("todayInZone", () => {
  it("uses the clinic's calendar date, not the server's", () => {
    const lateEveningInChicago = new Date("2026-11-23T03:30:00Z");
    expect(todayInZone("America/Chicago", lateEveningInChicago)).toBe("2026-11-22");
    expect(todayInZone("UTC", lateEveningInChicago)).toBe("2026-11-23");
  });
});

describe("formatDate", () => {
  it("formats a calendar date without shifting it by time zone", () => {
    expect(formatDate("2019-04-12")).toBe("Apr 12, 2019");
  });
});
