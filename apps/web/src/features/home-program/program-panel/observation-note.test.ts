import { describe, expect, it } from "vitest";

import { ObservationInput } from "@carryover/api/contracts/program";

import { checkObservation, observationRefusalOf } from "./observation-note";

const CHILD = "0b5a3c1e-0000-4000-8000-000000000001";

describe("adding a note", () => {
  it("sends the note trimmed", () => {
    expect(checkObservation(CHILD, "  Buttons went faster.  ")).toEqual({
      ok: true,
      input: { childId: CHILD, text: "Buttons went faster." },
    });
  });

  it("asks for the note in program.observe's own words", () => {
    const refused = ObservationInput.safeParse({ childId: CHILD, text: "   " });
    expect(refused.error?.issues[0]?.message).toBe("Write what you noticed first.");
    expect(checkObservation(CHILD, "   ")).toEqual({
      ok: false,
      problem: "Write what you noticed first.",
    });
    expect(checkObservation(CHILD, "x".repeat(2001))).toEqual({
      ok: false,
      problem: "Keep it under 2,000 characters",
    });
  });

  it("shows the server's message about the note the same way", () => {
    const refused = {
      message: "text: Keep it under 2,000 characters",
      field: "text",
      fieldErrors: { text: "Keep it under 2,000 characters" },
      code: "BAD_REQUEST" as const,
      reason: null,
      alternatives: [],
      current: null,
    };
    expect(observationRefusalOf(refused)).toBe("Keep it under 2,000 characters");
    expect(
      observationRefusalOf({
        ...refused,
        message: "We couldn't reach Carryover.",
        field: null,
        fieldErrors: null,
        code: null,
      }),
    ).toBe("We couldn't reach Carryover.");
  });
});
