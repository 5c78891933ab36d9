import { describe, expect, it } from "vitest";

import { freeCancelUntil, hoursLabel, wouldBeLate } from "./cancellation-policy";

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
