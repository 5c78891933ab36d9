import { describe, expect, it } from "vitest";

import { CreateActivityInput } from "@carryover/api/contracts/activity";

import { newActivityOf } from "~/features/home-program/activity-editor/new-activity";
import { checkAddFromLibrary } from "./add-activity";

const CHILD = "0b5a3c1e-0000-4000-8000-000000000001";
const TEMPLATE = "0b5a3c1e-0000-4000-8000-0000000000bb";

describe("adding an activity from the library", () => {
  it("sends the template chosen", () => {
    expect(checkAddFromLibrary(CHILD, TEMPLATE)).toEqual({
      ok: true,
      input: { childId: CHILD, templateId: TEMPLATE },
    });
  });

  it("asks for a template in activity.create's own words", () => {
    const refused = CreateActivityInput.safeParse({ childId: CHILD });
    expect(refused.error?.issues[0]?.message).toBe("Choose an activity from the library first.");
    expect(checkAddFromLibrary(CHILD, "")).toEqual({
      ok: false,
      problem: "Choose an activity from the library first.",
    });
    expect(checkAddFromLibrary(CHILD, "not-a-template")).toEqual({
      ok: false,
      problem: "That template link is not valid",
    });
  });

  it("refuses a template and a written activity together", () => {
    const both = CreateActivityInput.safeParse({
      childId: CHILD,
      templateId: TEMPLATE,
      activity: {
        ...newActivityOf("ladder"),
        content: { ...newActivityOf("ladder").content, title: "Buttons" },
      },
    });
    expect(both.error?.issues.map((issue) => issue.message)).toEqual([
      "Add an activity from the library or write one, not both.",
    ]);
  });
});
