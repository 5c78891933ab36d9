import { describe, expect, it } from "vitest";

import { Activity } from "./activity";
import { guardianMayChangeActivity } from "./guardian-edits";

const sensory = Activity.parse({
  content: {
    title: "Heavy work before homework",
    summary: "Five minutes of pushing and carrying before homework.",
    steps: ["Carry the laundry basket together."],
    why: "Heavy work calms the body before a demand.",
    minutes: 6,
    ages: { min: 4, max: 10 },
    anchor: { routine: "homework" },
  },
  structure: {
    kind: "sensory_diet",
    moments: [{ time: "16:30", label: "Homework" }],
    menu: [{ title: "Carry the laundry", category: "heavy_work" }],
  },
});
const moved = {
  ...sensory,
  structure: { ...sensory.structure, moments: [{ time: "17:00", label: "Homework" }] },
};

describe("guardianMayChangeActivity", () => {
  it("lets a guardian move a hard moment when the therapist opened sensory moments", () => {
    expect(guardianMayChangeActivity(sensory, moved, ["sensory_moments"])).toBe(true);
  });

  it("refuses it when the therapist did not", () => {
    expect(guardianMayChangeActivity(sensory, moved, ["routine_times"])).toBe(false);
  });

  it("refuses any other change, even alongside a moment", () => {
    const renamed = { ...moved, content: { ...moved.content, title: "Something else" } };
    expect(guardianMayChangeActivity(sensory, renamed, ["sensory_moments"])).toBe(false);
    const longer = { ...moved, structure: { ...moved.structure, durationMinutes: 20 } };
    expect(guardianMayChangeActivity(sensory, longer, ["sensory_moments"])).toBe(false);
  });
});
