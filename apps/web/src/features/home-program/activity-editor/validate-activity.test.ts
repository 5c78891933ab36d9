import { describe, expect, it } from "vitest";

import { CreateActivityInput, UpdateActivityInput } from "@carryover/api/contracts/activity";
import { CreateTemplateInput, UpdateTemplateInput } from "@carryover/api/contracts/template";
import {
  ACTIVITY_KINDS,
  ActivityContent,
  Activity as ActivitySchema,
  ActivityStructure,
  type Activity,
} from "@carryover/domain/home-program";

import { newActivityOf } from "./new-activity";
import { activityFieldErrorsFrom, fieldId, validateActivity } from "./validate-activity";

const titled = (activity: Activity, title = "Buttoning, big to small"): Activity => ({
  ...activity,
  content: { ...activity.content, title },
});

function errorsOf(value: unknown) {
  const result = validateActivity(value);
  if (result.ok) throw new Error("expected the activity to be refused");
  return result.fieldErrors;
}

describe("newActivityOf", () => {
  it.each(ACTIVITY_KINDS)("gives a %s activity that needs only a title", (kind) => {
    const blank = newActivityOf(kind);
    expect(blank.structure.kind).toBe(kind);
    expect(errorsOf(blank)).toEqual({ "content.title": "Give it a short name" });
    expect(validateActivity(titled(blank)).ok).toBe(true);
  });

  it("gives a fresh copy each time, so editing one never changes the next", () => {
    const first = newActivityOf("ladder");
    first.content.steps.push("Changed");
    expect(newActivityOf("ladder").content.steps).not.toContain("Changed");
  });
});

describe("validateActivity", () => {
  it("answers the parsed activity, trimmed, when it is valid", () => {
    const result = validateActivity(titled(newActivityOf("routine_practice"), "  Shoes on  "));
    expect(result).toMatchObject({ ok: true, activity: { content: { title: "Shoes on" } } });
  });

  it("names each field in error by its path, keeping the schema's own words", () => {
    const blank = titled(newActivityOf("ladder"));
    const errors = errorsOf({
      ...blank,
      content: { ...blank.content, steps: [] },
      structure: {
        ...blank.structure,
        levels: [
          { title: "Level one", change: "" },
          { title: " ", change: "" },
        ],
      },
    });
    expect(errors).toEqual({
      "content.steps": "Add at least one step",
      "structure.levels.1.title": "Give it a short name",
    });
  });

  it("puts generic checks in plain words", () => {
    const blank = titled(newActivityOf("ladder"));
    if (blank.structure.kind !== "ladder") throw new Error("expected a ladder");
    const errors = errorsOf({
      ...blank,
      content: { ...blank.content, summary: "", minutes: Number.NaN, ages: { min: 3, max: 2.5 } },
      structure: { ...blank.structure, rule: { ...blank.structure.rule, stepUpRate: 0.5 } },
    });
    expect(errors).toMatchObject({
      "content.summary": "Fill this in.",
      "content.minutes": "Enter a number.",
      "content.ages.max": "Use a whole number.",
      "structure.rule.stepUpRate": "Use 60% or more.",
    });
  });

  it("reports limits in the field's own units", () => {
    const blank = titled(newActivityOf("routine_practice"));
    const errors = errorsOf({
      ...blank,
      content: { ...blank.content, minutes: 90 },
      structure: { kind: "routine_practice", minutes: 0, daysPerWeek: 5 },
    });
    expect(errors).toEqual({
      "content.minutes": "Use 60 or less.",
      "structure.minutes": "Use 1 or more.",
    });
  });

  it("refuses a current level or child's part outside the list", () => {
    const ladder = titled(newActivityOf("ladder"));
    expect(errorsOf({ ...ladder, structure: { ...ladder.structure, currentLevel: 2 } })).toEqual({
      "structure.currentLevel": "The current level must be one of the levels",
    });
    const chain = titled(newActivityOf("chain"));
    expect(errorsOf({ ...chain, structure: { ...chain.structure, childFrom: 2 } })).toEqual({
      "structure.childFrom": "The child's part must start at one of the steps",
    });
  });

  it("asks for a name when the routine is the family's own", () => {
    const blank = titled(newActivityOf("chain"));
    expect(
      errorsOf({ ...blank, content: { ...blank.content, anchor: { routine: "custom" } } }),
    ).toEqual({ "content.anchor.customLabel": "Name the routine" });
  });

  it("keeps the first message when a field has several problems", () => {
    const blank = titled(newActivityOf("sensory_diet"));
    const errors = errorsOf({
      ...blank,
      structure: { ...blank.structure, moments: [{ time: "25:00", label: "" }] },
    });
    expect(errors).toEqual({
      "structure.moments.0.time": "Use a time such as 16:30",
      "structure.moments.0.label": "Fill this in.",
    });
  });
});

describe("the server's contracts", () => {
  it("take the activity in the very schema the editor checks it with", () => {
    expect(CreateTemplateInput.shape.activity).toBe(ActivitySchema);
    expect(UpdateTemplateInput.shape.activity).toBe(ActivitySchema);
    expect(CreateActivityInput.shape.activity.unwrap()).toBe(ActivitySchema);
    expect(UpdateActivityInput.shape.content.unwrap()).toBe(ActivityContent);
    expect(UpdateActivityInput.shape.structure.unwrap()).toBe(ActivityStructure);
  });

  it("refuse an activity with the editor's messages, beside the same fields", () => {
    const blank = newActivityOf("routine_practice");
    const bad = { ...blank, content: { ...blank.content, minutes: 90 } };
    // As the server's errorFormatter names them: each issue's path joined with dots.
    const serverFieldErrors = (result: {
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    }) =>
      Object.fromEntries(
        (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
      );
    const created = CreateActivityInput.safeParse({
      childId: "0b5a3c1e-0000-4000-8000-000000000001",
      activity: bad,
    });
    expect(activityFieldErrorsFrom(serverFieldErrors(created))).toEqual(errorsOf(bad));
    const updated = UpdateActivityInput.safeParse({
      activityId: "0b5a3c1e-0000-4000-8000-0000000000aa",
      expectedVersion: 1,
      ...bad,
    });
    expect(serverFieldErrors(updated)).toEqual(errorsOf(bad));
    expect(errorsOf(bad)).toEqual({
      "content.title": "Give it a short name",
      "content.minutes": "Use 60 or less.",
    });
  });
});

describe("activityFieldErrorsFrom", () => {
  it("moves a server's activity paths onto the activity and leaves the rest out", () => {
    expect(
      activityFieldErrorsFrom({
        "activity.content.title": "Too long",
        "activity.structure.levels.0.title": "Missing",
        templateId: "That template link is not valid",
      }),
    ).toEqual({ "content.title": "Too long", "structure.levels.0.title": "Missing" });
    expect(activityFieldErrorsFrom(null)).toEqual({});
  });
});

describe("fieldId", () => {
  it("gives each path an id usable in the page", () => {
    expect(fieldId("template", "structure.levels.1.title")).toBe(
      "template-structure-levels-1-title",
    );
  });
});
