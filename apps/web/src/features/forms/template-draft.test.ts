import { describe, expect, it } from "vitest";

import { freshId, moved, retyped } from "./template-draft";

describe("moved", () => {
  it("moves an item one place and leaves the ends where they are", () => {
    expect(moved(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b"], 0, -1)).toEqual(["a", "b"]);
  });
});

describe("freshId", () => {
  it("names a new field with an id the form does not use", () => {
    const content = {
      sections: [
        {
          id: "s",
          title: "S",
          fields: [{ id: "field_1", type: "text" as const, label: "A", required: false }],
        },
      ],
    };
    expect(freshId(content, "field")).toBe("field_2");
  });
});

describe("retyped", () => {
  it("gives a choice options to pick from and drops them from text", () => {
    const field = { id: "a", type: "text" as const, label: "A", required: true };
    const choice = retyped(field, "choice");
    expect(choice).toEqual({ ...field, type: "choice", options: ["Yes", "No"] });
    expect(retyped(choice, "long_text")).toEqual({ ...field, type: "long_text" });
  });
});
