import { describe, expect, it } from "vitest";

import { Activity, type ActivityContent, type ActivityStructure } from "./activity";
import { describeActivityChange } from "./activity-changes";

const content: ActivityContent = Activity.shape.content.parse({
  title: "Buttoning",
  summary: "Buttons every morning.",
  steps: ["Sit side by side.", "Do the top button together."],
  why: "Practice where the skill is needed.",
  minutes: 5,
  ages: { min: 4, max: 8 },
  materials: ["A cardigan"],
  anchor: { routine: "morning" },
  goals: ["buttoning"],
});
const structures = {
  ladder: Activity.shape.structure.parse({
    kind: "ladder",
    levels: [{ title: "Two big buttons" }, { title: "Three small buttons" }],
    currentLevel: 0,
  }),
  chain: Activity.shape.structure.parse({
    kind: "chain",
    steps: [{ title: "Sock" }, { title: "Shoe" }, { title: "Velcro" }],
    childFrom: 1,
  }),
  sensory_diet: Activity.shape.structure.parse({
    kind: "sensory_diet",
    moments: [{ time: "16:30", label: "Homework" }],
    menu: [{ title: "Wall push-ups", category: "heavy_work" }],
  }),
  routine_practice: Activity.shape.structure.parse({
    kind: "routine_practice",
    minutes: 10,
    daysPerWeek: 5,
  }),
  descriptive_commenting: Activity.shape.structure.parse({ kind: "descriptive_commenting" }),
};

const withContent = (patch: Partial<ActivityContent>) =>
  describeActivityChange(
    { content, structure: structures.ladder },
    { content: { ...content, ...patch }, structure: structures.ladder },
  );
const withStructure = (before: ActivityStructure, after: ActivityStructure) =>
  describeActivityChange({ content, structure: before }, { content, structure: after });

describe("describeActivityChange, field by field", () => {
  it("names each change to what a parent reads", () => {
    expect(withContent({ summary: "Buttons before breakfast." })).toEqual(["Summary changed"]);
    expect(withContent({ steps: ["Sit side by side."] })).toEqual(["Steps changed"]);
    expect(withContent({ why: "Fine-motor practice." })).toEqual(["Why it works changed"]);
    expect(withContent({ ages: { min: 5, max: 9 } })).toEqual(["Ages changed to 5–9"]);
    expect(withContent({ materials: [] })).toEqual(["Materials changed"]);
    expect(withContent({ goals: ["dressing"] })).toEqual(["Goals it serves changed"]);
    expect(withContent({ anchor: { routine: "custom", customLabel: "Dinner" } })).toEqual([
      "Moved to the Dinner routine",
    ]);
    expect(withContent({ anchor: { routine: "after_school" } })).toEqual([
      "Moved to the after school routine",
    ]);
  });

  it("says when a ladder's levels are rewritten", () => {
    const ladder = structures.ladder;
    if (ladder.kind !== "ladder") throw new Error("fixture");
    expect(
      withStructure(ladder, {
        ...ladder,
        levels: [...ladder.levels, { title: "Shirt buttons", change: "" }],
      }),
    ).toEqual(["Levels changed"]);
    expect(withStructure(ladder, { ...ladder, rule: { ...ladder.rule, stepUpRate: 0.9 } })).toEqual(
      ["Success rule changed to 90% in 3 sessions (at least 5 tries), down below 50%"],
    );
  });

  it("tells steps, prompts, direction and mastery apart in a chain", () => {
    const chain = structures.chain;
    if (chain.kind !== "chain") throw new Error("fixture");
    const prompts = chain.steps.map((s) => ({ ...s, prompt: "verbal" as const }));
    expect(withStructure(chain, { ...chain, steps: prompts })).toEqual(["Prompt levels changed"]);
    expect(
      withStructure(chain, {
        ...chain,
        steps: [...chain.steps, { title: "Bow", prompt: "model" }],
      }),
    ).toEqual(["Steps changed"]);
    expect(withStructure(chain, { ...chain, childFrom: 2 })).toEqual([
      "The child now does the last step alone",
    ]);
    expect(withStructure(chain, { ...chain, direction: "whole_task" })).toEqual([
      "Chaining changed to whole task",
    ]);
    expect(withStructure(chain, { ...chain, masteryStreak: 5 })).toEqual([
      "Mastery now needs 5 independent tries in a row",
    ]);
  });

  it("names a sensory diet's menu, lead and duration", () => {
    const diet = structures.sensory_diet;
    if (diet.kind !== "sensory_diet") throw new Error("fixture");
    expect(
      withStructure(diet, { ...diet, menu: [{ title: "Crunchy snack", category: "oral_motor" }] }),
    ).toEqual(["Regulation activities changed"]);
    expect(withStructure(diet, { ...diet, leadMinutes: 20, durationMinutes: 8 })).toEqual([
      "Starts 20 minutes before each moment",
      "Lasts 8 minutes",
    ]);
  });

  it("states the new practice and comment targets", () => {
    expect(
      withStructure(structures.routine_practice, {
        kind: "routine_practice",
        minutes: 15,
        daysPerWeek: 3,
      }),
    ).toEqual(["Practice changed to 15 minutes, 3 days a week"]);
    expect(
      withStructure(structures.descriptive_commenting, {
        kind: "descriptive_commenting",
        targetRatio: 5,
      }),
    ).toEqual(["Target changed to 5 descriptive comments per instruction"]);
  });

  it("says a change of technique in one line, whatever else changed with it", () => {
    expect(withStructure(structures.chain, structures.routine_practice)).toEqual([
      "Changed from a chain of steps to routine practice",
    ]);
    expect(withStructure(structures.routine_practice, structures.descriptive_commenting)).toEqual([
      "Changed from routine practice to descriptive commenting",
    ]);
  });

  it("says nothing when only the order of keys differs, as jsonb stores them", () => {
    const reversed = <T extends object>(value: T) =>
      Object.fromEntries(Object.entries(value).reverse()) as T;
    expect(
      describeActivityChange(
        { content, structure: structures.chain },
        { content: reversed(content), structure: reversed(structures.chain) },
      ),
    ).toEqual([]);
  });
});
