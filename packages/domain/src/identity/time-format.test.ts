import { describe, expect, it } from "vitest";

import {
  formatLocalTime,
  formatLocalTimeRange,
  hourCycleOf,
  PhoneNumber,
  resolveTimeFormat,
  TimeFormatChoice,
  timeFormatOfLocale,
} from "./time-format";

describe("time format", () => {
  it("follows the person's own choice, else the clinic's", () => {
    expect(resolveTimeFormat("24h", "12h")).toBe("24h");
    expect(resolveTimeFormat("12h", "24h")).toBe("12h");
    expect(resolveTimeFormat("clinic", "24h")).toBe("24h");
    expect(resolveTimeFormat(null, "12h")).toBe("12h");
  });

  it("reads a clinic's clock from its locale", () => {
    expect(timeFormatOfLocale("en-US")).toBe("12h");
    expect(timeFormatOfLocale("en-GB")).toBe("24h");
    expect(timeFormatOfLocale("fr-CA")).toBe("24h");
  });

  it("maps a format to Intl's hour cycle", () => {
    expect(hourCycleOf("12h")).toBe("h12");
    expect(hourCycleOf("24h")).toBe("h23");
  });

  it("refuses a choice that is not offered", () => {
    expect(TimeFormatChoice.safeParse("h24").success).toBe(false);
    expect(TimeFormatChoice.parse("clinic")).toBe("clinic");
  });

  it("writes a routine's local time in either clock", () => {
    expect(formatLocalTime("15:40", "12h")).toBe("3:40 PM");
    expect(formatLocalTime("15:40", "24h")).toBe("15:40");
    expect(formatLocalTime("00:05", "12h")).toBe("12:05 AM");
    expect(formatLocalTime("12:00", "12h")).toBe("12:00 PM");
    expect(formatLocalTime("7:30", "24h")).toBe("07:30");
  });

  it("names the half of the day once in a range that stays in it", () => {
    expect(formatLocalTimeRange("15:40", "15:48", "12h")).toBe("3:40–3:48 PM");
    expect(formatLocalTimeRange("11:50", "12:10", "12h")).toBe("11:50 AM–12:10 PM");
    expect(formatLocalTimeRange("15:40", "15:48", "24h")).toBe("15:40–15:48");
  });
});

describe("phone number", () => {
  it("takes a number written as people write it", () => {
    expect(PhoneNumber.parse(" (555) 201-3344 ")).toBe("(555) 201-3344");
    expect(PhoneNumber.safeParse("+44 20 7946 0958").success).toBe(true);
  });

  it("refuses letters, too few and too many digits", () => {
    expect(PhoneNumber.safeParse("call me").success).toBe(false);
    expect(PhoneNumber.safeParse("12345").success).toBe(false);
    expect(PhoneNumber.safeParse("1234567890123456").success).toBe(false);
  });
});
