import { describe, expect, it } from "vitest";

import { ageNote, groupTitle } from "./age-note";

// Thursday 10 December 2026, 4:30 PM in Chicago; already the 11th in UTC.
const group = (min: number | null, max: number | null) => ({
  ages: { min, max },
  start: new Date("2026-12-10T22:30:00Z"),
  timeZone: "America/Chicago",
});

describe("ageNote", () => {
  it("says nothing for a child within the ages, or a group open to all", () => {
    expect(ageNote(group(5, 7), { firstName: "Maya", dateOfBirth: "2019-06-01" })).toBeNull();
    expect(ageNote(group(null, null), { firstName: "Maya", dateOfBirth: "2010-06-01" })).toBeNull();
  });

  it("names the ages and the child's age when the child is older or younger", () => {
    expect(ageNote(group(5, 7), { firstName: "Maya", dateOfBirth: "2018-06-01" })).toBe(
      "For ages 5–7 — Maya is 8",
    );
    expect(ageNote(group(5, null), { firstName: "Eli", dateOfBirth: "2023-01-15" })).toBe(
      "For ages 5 and up — Eli is 3",
    );
  });

  it("reads the child's age on the day the group meets where it meets", () => {
    // Eight on the 11th: still 7 on Thursday the 10th in Chicago.
    expect(ageNote(group(5, 7), { firstName: "Sofia", dateOfBirth: "2018-12-11" })).toBeNull();
    expect(ageNote(group(5, 7), { firstName: "Sofia", dateOfBirth: "2018-12-10" })).toBe(
      "For ages 5–7 — Sofia is 8",
    );
  });
});

describe("groupTitle", () => {
  it("uses the group's name, else its session type's", () => {
    expect(groupTitle({ name: "Handwriting club", sessionTypeName: "Group session" })).toBe(
      "Handwriting club",
    );
    expect(groupTitle({ name: null, sessionTypeName: "Group session" })).toBe("Group session");
  });
});
