import { describe, expect, it } from "vitest";

import { childLocationInput, childLocationProblem } from "./child-location";

describe("where the child will be", () => {
  it("is needed for a video session, asked for by the child's name", () => {
    expect(childLocationProblem(true, "", "Maya")).toBe(
      "Choose the state Maya will be in during the video session.",
    );
    expect(childLocationProblem(true, "IL", "Maya")).toBeNull();
  });

  it("is neither needed nor sent for a session in person", () => {
    expect(childLocationProblem(false, "", "Maya")).toBeNull();
    expect(childLocationInput(false, "IL")).toBeNull();
    expect(childLocationInput(true, "IL")).toBe("IL");
  });
});
