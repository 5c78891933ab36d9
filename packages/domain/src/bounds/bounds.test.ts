import { describe, expect, it } from "vitest";
import { z } from "zod";

import { calendarDate, INT4_MAX, Moment, storableText, Version, withoutNul } from ".";

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.message ?? null);

describe("Moment", () => {
  it("takes a moment between 1900 and the end of 2199", () => {
    expect(Moment.safeParse(new Date("1900-01-01T00:00:00Z")).success).toBe(true);
    expect(Moment.safeParse(new Date("2199-12-31T23:59:59Z")).success).toBe(true);
  });
  it("refuses year 0, year 10000 and the end of JavaScript's range in words", () => {
    for (const at of ["0000-01-01T00:00:00Z", "+010000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z"])
      expect(message(Moment.safeParse(new Date(at)))).toBe("Choose a date between 1900 and 2199");
  });
});

describe("calendarDate", () => {
  const StartDate = calendarDate("Choose the date the program starts");
  it("takes a YYYY-MM-DD date in range and says what is wrong otherwise", () => {
    expect(StartDate.safeParse("2027-01-18").success).toBe(true);
    expect(message(StartDate.safeParse("0000-01-01"))).toBe("Choose a date between 1900 and 2199");
    expect(message(StartDate.safeParse("next week"))).toBe("Choose the date the program starts");
  });
});

describe("Version", () => {
  it("fits PostgreSQL's integer", () => {
    expect(Version.safeParse(INT4_MAX).success).toBe(true);
    expect(message(Version.safeParse(INT4_MAX + 1))).toBe("That version is not one we know");
    expect(message(Version.safeParse(0))).toBe("A version starts at 1");
  });
});

describe("storableText", () => {
  it("refuses a NUL character and text over its length", () => {
    const Action = storableText(5);
    expect(Action.safeParse("child").success).toBe(true);
    expect(message(Action.safeParse("a\u0000b"))).toBe("Remove the invisible control character");
    expect(Action.safeParse("children").success).toBe(false);
  });
});

describe("withoutNul", () => {
  it("refuses a NUL character in any string schema, after its own checks", () => {
    const Note = z.string().trim().min(1, "Write the note first").check(withoutNul());
    expect(Note.safeParse(" calmer at bedtime ").data).toBe("calmer at bedtime");
    expect(message(Note.safeParse("calmer\u0000"))).toBe("Remove the invisible control character");
    expect(message(Note.safeParse("  "))).toBe("Write the note first");
  });
});

describe("calendarDate with an error map", () => {
  it("says what is wrong in the caller's words and keeps the range", () => {
    const Day = calendarDate({
      error: (issue) => (issue.input ? "Use a date like 2026-12-24" : "Enter a date"),
    });
    expect(message(Day.safeParse(""))).toBe("Enter a date");
    expect(message(Day.safeParse("24/12/2026"))).toBe("Use a date like 2026-12-24");
    expect(message(Day.safeParse("2200-01-01"))).toBe("Choose a date between 1900 and 2199");
  });
});
