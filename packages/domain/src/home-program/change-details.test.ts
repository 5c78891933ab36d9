import { describe, expect, it } from "vitest";

import { detailActivityChange, detailSettingsChange } from "./change-details";

const content = {
  title: "Button practice",
  summary: "Two big buttons on the practice vest",
  steps: ["Hold the vest", "Push the button through"],
  why: "Small hands get stronger.",
  minutes: 5,
  ages: { min: 4, max: 8 },
  materials: ["Practice vest"],
  anchor: { routine: "morning" as const },
  goals: ["buttoning"],
};
const ladder = {
  kind: "ladder" as const,
  levels: [
    { title: "Big buttons", change: "" },
    { title: "Medium buttons", change: "" },
    { title: "Shirt buttons", change: "" },
    { title: "Own shirt", change: "" },
  ],
  currentLevel: 2,
  rule: { stepUpRate: 0.8, stepUpSessions: 3, minAttempts: 5, stepDownBelowRate: 0.3 },
};

describe("detailActivityChange", () => {
  it("shows the summary as it was and as it became", () => {
    const before = { content, structure: ladder, status: "active" as const };
    const after = { ...before, content: { ...content, summary: "Three medium buttons" } };
    expect(detailActivityChange(before, after)).toEqual([
      {
        what: "Summary",
        before: "Two big buttons on the practice vest",
        after: "Three medium buttons",
      },
    ]);
  });

  it("names a level change by number and title", () => {
    const before = { content, structure: ladder, status: "active" as const };
    const after = { ...before, structure: { ...ladder, currentLevel: 3 } };
    expect(detailActivityChange(before, after)).toEqual([
      { what: "Level", before: "Level 3 “Shirt buttons”", after: "Level 4 “Own shirt”" },
    ]);
  });

  it("shows a removal as a status change", () => {
    const before = { content, structure: ladder, status: "active" as const };
    expect(detailActivityChange(before, { ...before, status: "archived" })).toEqual([
      { what: "Status", before: "In the family's day", after: "Removed from the program" },
    ]);
  });

  it("says nothing changed for identical snapshots", () => {
    const before = { content, structure: ladder, status: "active" as const };
    expect(detailActivityChange(before, structuredClone(before))).toEqual([]);
  });
});

describe("detailSettingsChange", () => {
  it("shows the dose before and after", () => {
    const before = { goals: [], minutesPerDay: 15, daysPerWeek: 5, startDate: "2026-11-02" };
    expect(detailSettingsChange(before, { ...before, minutesPerDay: 20 })).toEqual([
      {
        what: "Dose",
        before: "15 minutes a day, 5 days a week",
        after: "20 minutes a day, 5 days a week",
      },
    ]);
  });
});
