import { describe, expect, it } from "vitest";

import { AvailabilityOverride, WeeklyAvailability } from "./availability";

describe("WeeklyAvailability", () => {
  it("accepts separate ranges on a day, and ranges on different days", () => {
    const result = WeeklyAvailability.safeParse([
      { weekday: 1, start: "08:00", end: "12:00" },
      { weekday: 1, start: "13:00", end: "17:00" },
      { weekday: 2, start: "08:00", end: "24:00" },
    ]);
    expect(result.success).toBe(true);
  });
  it("refuses overlapping ranges on one day, saying how to fix it", () => {
    const result = WeeklyAvailability.safeParse([
      { weekday: 3, start: "08:00", end: "12:00" },
      { weekday: 3, start: "11:00", end: "14:00" },
    ]);
    expect(result.error?.issues[0]?.message).toBe(
      "Two time ranges on the same day overlap; merge them into one",
    );
  });
  it("refuses an end before the start and a malformed time", () => {
    expect(
      WeeklyAvailability.safeParse([{ weekday: 1, start: "12:00", end: "09:00" }]).error?.issues[0]
        ?.message,
    ).toBe("The end must be after the start");
    expect(
      WeeklyAvailability.safeParse([{ weekday: 1, start: "9am", end: "12:00" }]).error?.issues[0]
        ?.message,
    ).toBe("Use a time like 09:00 (24-hour clock)");
  });
  it("asks for a time left empty", () => {
    expect(
      WeeklyAvailability.safeParse([{ weekday: 1, start: "", end: "12:00" }]).error?.issues[0]
        ?.message,
    ).toBe("Enter a time");
  });
});

describe("AvailabilityOverride", () => {
  it("accepts a day off as an empty list", () => {
    expect(AvailabilityOverride.safeParse({ date: "2026-12-24", ranges: [] }).success).toBe(true);
  });
  it("refuses an impossible date", () => {
    expect(AvailabilityOverride.safeParse({ date: "2026-02-30", ranges: [] }).success).toBe(false);
  });
  it("asks for a date left empty, and for a date written as one", () => {
    const message = (date: string) =>
      AvailabilityOverride.safeParse({ date, ranges: [] }).error?.issues[0]?.message;
    expect(message("")).toBe("Enter a date");
    expect(message("24/12/2026")).toBe("Use a date like 2026-12-24");
  });
});
