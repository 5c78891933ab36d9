import { describe, expect, it } from "vitest";

import { FormSettings, formsToSendOnBooking } from "./settings";

describe("formsToSendOnBooking", () => {
  const settings = FormSettings.parse({
    sendOnFirstEvaluation: ["intake", "telehealth_consent"],
  });
  const first = { settings, sessionKind: "evaluation", hadEvaluation: false, sentKeys: [] };

  it("sends the clinic's chosen forms when the first evaluation is booked", () => {
    expect(formsToSendOnBooking(first)).toEqual(["intake", "telehealth_consent"]);
  });

  it("sends none for a later evaluation, another kind of session, or a clinic that chose none", () => {
    expect(formsToSendOnBooking({ ...first, hadEvaluation: true })).toEqual([]);
    expect(formsToSendOnBooking({ ...first, sessionKind: "coaching" })).toEqual([]);
    expect(formsToSendOnBooking({ ...first, settings: FormSettings.parse({}) })).toEqual([]);
  });

  it("does not send again a form the family already has", () => {
    expect(formsToSendOnBooking({ ...first, sentKeys: ["intake"] })).toEqual([
      "telehealth_consent",
    ]);
  });
});
