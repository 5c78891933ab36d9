import { describe, expect, it } from "vitest";

import { asSentence, asSentences, describeCheck } from "./field-errors";

describe("a contract's message on a form", () => {
  it("ends in a full stop, once", () => {
    expect(asSentence("The end must be after the start")).toBe("The end must be after the start.");
    expect(asSentence("Choose a time.")).toBe("Choose a time.");
    expect(asSentences({ reason: "Tell the therapist why", "": "Fix it!" })).toEqual({
      reason: "Tell the therapist why.",
      "": "Fix it!",
    });
  });

  it("reads, once checked, as the server's refusal of the same input would", () => {
    expect(describeCheck({ appointmentId: "That session link is not valid" })).toEqual({
      message: "That session link is not valid.",
      field: "appointmentId",
      fieldErrors: { appointmentId: "That session link is not valid" },
      code: "BAD_REQUEST",
      reason: null,
      alternatives: [],
      current: null,
    });
  });
});
