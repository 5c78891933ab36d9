import { describe, expect, it } from "vitest";

import { Activity } from "./activity";
import { describeActivityChange } from "./activity-changes";
import { activeActivityWarning } from "./program-rules";

const content = {
  title: "Buttoning",
  summary: "Buttons every morning.",
  steps: ["Sit side by side."],
  why: "Practice where the skill is needed.",
  minutes: 5,
  ages: { min: 4, max: 8 },
  anchor: { routine: "morning" as const },
};
const ladder = Activity.parse({
  content,
  structure: {
    kind: "ladder",
    levels: [{ title: "Two big buttons" }, { title: "Three small buttons" }],
    currentLevel: 0,
  },
});
const sensory = Activity.parse({
  content,
  structure: {
    kind: "sensory_diet",
    moments: [{ time: "16:30", label: "Homework" }],
    menu: [{ title: "Wall push-ups", category: "heavy_work" }],
  },
});
const chain = Activity.parse({
  content,
  structure: {
    kind: "chain",
    steps: [{ title: "Sock" }, { title: "Shoe" }, { title: "Velcro" }],
    childFrom: 2,
  },
});

const change = <T extends Activity>(activity: T, patch: (a: T) => T) =>
  describeActivityChange(activity, patch(structuredClone(activity)));

describe("describeActivityChange", () => {
  it("says nothing when nothing changed", () => {
    expect(describeActivityChange(ladder, structuredClone(ladder))).toEqual([]);
  });

  it("names a new level by number and title", () => {
    expect(
      change(ladder, (a) => ({ ...a, structure: { ...a.structure, currentLevel: 1 } }) as typeof a),
    ).toEqual(["Level changed from 1 “Two big buttons” to 2 “Three small buttons”"]);
  });

  it("states a new success rule in plain numbers", () => {
    const [words] = change(ladder, (a) =>
      a.structure.kind === "ladder"
        ? { ...a, structure: { ...a.structure, rule: { ...a.structure.rule, stepUpSessions: 2 } } }
        : a,
    );
    expect(words).toBe(
      "Success rule changed to 80% in 2 sessions (at least 5 tries), down below 50%",
    );
  });

  it("says which moment moved, and when one is added or removed", () => {
    const moved = change(sensory, (a) =>
      a.structure.kind === "sensory_diet"
        ? {
            ...a,
            structure: {
              ...a.structure,
              moments: [
                { time: "17:00", label: "Homework" },
                { time: "07:10", label: "Wake-up" },
              ],
            },
          }
        : a,
    );
    expect(moved).toEqual([
      "Homework moment moved from 16:30 to 17:00",
      "Added the moment Wake-up at 07:10",
    ]);
    const removed = change(sensory, (a) =>
      a.structure.kind === "sensory_diet"
        ? { ...a, structure: { ...a.structure, moments: [{ time: "07:10", label: "Wake-up" }] } }
        : a,
    );
    expect(removed).toContain("Removed the moment Homework");
  });

  it("says how many steps the child now does alone", () => {
    expect(
      change(chain, (a) => ({ ...a, structure: { ...a.structure, childFrom: 1 } }) as typeof a),
    ).toEqual(["The child now does the last 2 steps alone"]);
    expect(
      change(chain, (a) => ({ ...a, structure: { ...a.structure, childFrom: 0 } }) as typeof a),
    ).toEqual(["The child now does every step alone"]);
  });

  it("names content changes: title, minutes and the routine", () => {
    expect(
      change(ladder, (a) => ({
        ...a,
        content: { ...a.content, title: "Buttons", minutes: 8, anchor: { routine: "bedtime" } },
      })),
    ).toEqual([
      "Renamed from “Buttoning” to “Buttons”",
      "Minutes changed from 5 to 8",
      "Moved to the bedtime routine",
    ]);
  });

  it("says so in one line when the technique itself changes", () => {
    expect(describeActivityChange(ladder, { ...ladder, structure: sensory.structure })).toEqual([
      "Changed from levels to a sensory diet",
    ]);
  });
});

describe("activeActivityWarning", () => {
  it("stays quiet up to three active activities and speaks above", () => {
    expect(activeActivityWarning(3)).toBeNull();
    expect(activeActivityWarning(4)).toMatch(/4 are active/);
  });
});
