import { describe, expect, it } from "vitest";

import { ageFit, AgeRange, describeAgeRange, GroupDetails } from "./group";

describe("ageFit", () => {
  const fiveToSeven = { min: 5, max: 7 };

  it("fits a child whose age in whole years is within the range, both ends included", () => {
    expect(ageFit("2020-03-10", fiveToSeven, "2025-03-10")).toBe("fits"); // 5 today
    expect(ageFit("2018-03-11", fiveToSeven, "2026-03-10")).toBe("fits"); // 7, eight tomorrow
  });

  it("says younger the day before the child's birthday reaches the minimum", () => {
    expect(ageFit("2020-03-10", fiveToSeven, "2025-03-09")).toBe("younger");
  });

  it("says older from the birthday past the maximum", () => {
    expect(ageFit("2018-03-10", fiveToSeven, "2026-03-10")).toBe("older");
  });

  it("treats an open end as no limit", () => {
    expect(ageFit("2024-01-01", { min: null, max: 7 }, "2026-01-01")).toBe("fits");
    expect(ageFit("2010-01-01", { min: 5, max: null }, "2026-01-01")).toBe("fits");
    expect(ageFit("2024-01-01", { min: 5, max: null }, "2026-01-01")).toBe("younger");
    expect(ageFit("2010-01-01", { min: null, max: null }, "2026-01-01")).toBe("fits");
  });

  it("counts a leap-day birthday as a year older on March 1st", () => {
    expect(ageFit("2020-02-29", { min: 6, max: 6 }, "2026-02-28")).toBe("younger");
    expect(ageFit("2020-02-29", { min: 6, max: 6 }, "2026-03-01")).toBe("fits");
  });
});

describe("AgeRange", () => {
  it("accepts whole years 0–21 with the youngest not above the oldest", () => {
    expect(AgeRange.parse({ min: 0, max: 21 })).toEqual({ min: 0, max: 21 });
    expect(AgeRange.parse({ min: 6, max: 6 })).toEqual({ min: 6, max: 6 });
    expect(AgeRange.parse({})).toEqual({ min: null, max: null });
  });

  it.each([
    [{ min: -1, max: 5 }, "min"],
    [{ min: 3, max: 22 }, "max"],
    [{ min: 4.5, max: 6 }, "min"],
    [{ min: 8, max: 5 }, "max"],
  ])("refuses %o at %s", (range, field) => {
    const parsed = AgeRange.safeParse(range);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([field]);
  });
});

describe("GroupDetails", () => {
  it("trims the name and topic and keeps an empty topic as none", () => {
    expect(GroupDetails.parse({ name: "  Handwriting club ", topic: "   " })).toEqual({
      name: "Handwriting club",
      topic: null,
      ages: { min: null, max: null },
    });
  });

  it("requires a name and bounds the name and topic", () => {
    expect(GroupDetails.safeParse({ name: "  " }).success).toBe(false);
    expect(GroupDetails.safeParse({ name: "x".repeat(81) }).success).toBe(false);
    expect(GroupDetails.safeParse({ name: "x".repeat(80) }).success).toBe(true);
    expect(GroupDetails.safeParse({ name: "Club", topic: "t".repeat(201) }).success).toBe(false);
    expect(GroupDetails.safeParse({ name: "Club\u0000" }).success).toBe(false);
  });
});

describe("describeAgeRange", () => {
  it("says the ages in words, or nothing for a group open to all", () => {
    expect(describeAgeRange({ min: 5, max: 7 })).toBe("For ages 5–7");
    expect(describeAgeRange({ min: 6, max: 6 })).toBe("For age 6");
    expect(describeAgeRange({ min: 5, max: null })).toBe("For ages 5 and up");
    expect(describeAgeRange({ min: null, max: 7 })).toBe("For ages up to 7");
    expect(describeAgeRange({ min: null, max: null })).toBeNull();
  });
});
