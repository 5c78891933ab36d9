import { describe, expect, it } from "vitest";

import { describeApplyConfirmation } from "./progression-words";

describe("describeApplyConfirmation", () => {
  it("names the level before and after a step up, and the way back", () => {
    expect(
      describeApplyConfirmation(
        { kind: "ladder", decision: "step_up", fromLevel: 2, toLevel: 3 },
        "Button practice",
      ),
    ).toBe(
      "“Button practice” moves from level 3 to level 4, and the family sees the new level on Today. You can undo it from the program's history.",
    );
  });

  it("says a step down goes down", () => {
    expect(
      describeApplyConfirmation(
        { kind: "ladder", decision: "step_down", fromLevel: 2, toLevel: 1 },
        "Button practice",
      ),
    ).toContain("from level 3 to level 2");
  });

  it("words a chain's extension and its completion", () => {
    expect(describeApplyConfirmation({ kind: "chain", decision: "extend" }, "Shoes")).toContain(
      "one more step alone",
    );
    expect(describeApplyConfirmation({ kind: "chain", decision: "complete" }, "Shoes")).toBe(
      "“Shoes” is marked mastered and leaves the family's day. You can undo it from the program's history.",
    );
  });
});
