import { describe, expect, it } from "vitest";

import {
  freeCancelUntil,
  hoursLabel,
  lateCancellationWords,
  wouldBeLate,
} from "./cancellation-policy";

describe("the cancellation policy a family is told", () => {
  const start = new Date("2026-12-10T15:00:00Z");

  it("is free until the window opens and late inside it", () => {
    expect(freeCancelUntil(start, 24).toISOString()).toBe("2026-12-09T15:00:00.000Z");
    expect(wouldBeLate(start, new Date("2026-12-09T14:59:00Z"), 24)).toBe(false);
    expect(wouldBeLate(start, new Date("2026-12-09T15:01:00Z"), 24)).toBe(true);
  });

  it("speaks in hours or days", () => {
    expect(hoursLabel(24)).toBe("24 hours");
    expect(hoursLabel(48)).toBe("2 days");
    expect(hoursLabel(36)).toBe("36 hours");
  });
});

describe("what a late cancellation costs, before it is confirmed", () => {
  it("names the clinic's fee and whose balance it goes on", () => {
    expect(lateCancellationWords(24, 4_000, "your")).toBe(
      "Cancelling now is a late cancellation (less than 24 hours before): a $40.00 fee will be added to your balance.",
    );
    expect(lateCancellationWords(48, 5_050, "the family's")).toBe(
      "Cancelling now is a late cancellation (less than 2 days before): a $50.50 fee will be added to the family's balance.",
    );
  });

  it("says it is late, and nothing of a fee, when the clinic charges none", () => {
    expect(lateCancellationWords(24, null, "your")).toBe(
      "Cancelling now counts as a late cancellation (less than 24 hours before).",
    );
  });
});
