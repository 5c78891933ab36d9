import { describe, expect, it } from "vitest";

import { Activity, ACTIVITY_KINDS } from "@carryover/domain/home-program";

import { ACTIVITY_TEMPLATES } from "./activity-templates";

const parsed = ACTIVITY_TEMPLATES.map((t) => Activity.parse(t));
const titled = parsed.map((a) => [a.content.title, a] as const);

describe("ACTIVITY_TEMPLATES", () => {
  it("every template is a valid activity", () => {
    for (const template of ACTIVITY_TEMPLATES) {
      const result = Activity.safeParse(template);
      expect(result.success, `${template.content.title}: ${result.error?.message}`).toBe(true);
    }
  });

  it("has at least 20 templates with unique titles", () => {
    expect(parsed.length).toBeGreaterThanOrEqual(20);
    const titles = parsed.map((a) => a.content.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("covers all five techniques, at least 3 templates each", () => {
    for (const kind of ACTIVITY_KINDS) {
      const count = parsed.filter((a) => a.structure.kind === kind).length;
      expect(count, kind).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(titled)("%s: reads on a phone (3–8 short steps, a one-paragraph why)", (_, a) => {
    expect(a.content.steps.length).toBeGreaterThanOrEqual(3);
    expect(a.content.steps.length).toBeLessThanOrEqual(8);
    for (const step of a.content.steps) expect(step.length).toBeLessThanOrEqual(300);
    expect(a.content.why).not.toMatch(/\n\s*\n/);
    expect(a.content.why).not.toMatch(/\n/);
    const sentences = a.content.why.split(/(?<=[.!?])\s+/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
  });

  it.each(titled)("%s: follows the technique's conventions", (_, a) => {
    const s = a.structure;
    switch (s.kind) {
      case "ladder":
        expect(s.levels.length).toBeGreaterThanOrEqual(3);
        expect(s.levels.length).toBeLessThanOrEqual(6);
        expect(s.levels.every((l) => l.change.length > 0)).toBe(true);
        expect(s.currentLevel).toBe(0);
        break;
      case "chain":
        expect(s.steps.length).toBeGreaterThanOrEqual(4);
        expect(s.steps.length).toBeLessThanOrEqual(8);
        expect(s.direction).toBe("backward");
        expect(s.childFrom).toBe(s.steps.length - 1);
        break;
      case "sensory_diet":
        expect(s.menu.length).toBeGreaterThanOrEqual(3);
        expect(s.menu.length).toBeLessThanOrEqual(5);
        expect(s.leadMinutes).toBeGreaterThanOrEqual(15);
        expect(s.leadMinutes).toBeLessThanOrEqual(20);
        expect(s.durationMinutes).toBeGreaterThanOrEqual(5);
        expect(s.durationMinutes).toBeLessThanOrEqual(8);
        break;
      case "routine_practice":
        expect(s.minutes).toBe(a.content.minutes);
        break;
      case "descriptive_commenting":
        expect(s.targetRatio).toBeGreaterThanOrEqual(4);
        break;
    }
  });
});
