import { describe, expect, it } from "vitest";

import { freeCancelUntil, hoursLabel, sessionTypeOf, wouldBeLate } from "./policy";
import type { Booking, SessionType } from "./types";

const type = (over: Partial<SessionType>): SessionType => ({
  id: "00000000-0000-4000-8000-000000000001",
  name: "Parent coaching session",
  kind: "coaching",
  durationMinutes: 45,
  modality: "telehealth",
  capacity: 1,
  minimumNoticeMinutes: 120,
  maximumAdvanceDays: 60,
  cancellationWindowHours: 24,
  ...over,
});
const booking = {
  sessionTypeName: "Parent coaching session",
  kind: "coaching",
  modality: "telehealth",
} as Booking;

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

  it("finds a booking's session type, preferring the longer window between look-alikes", () => {
    const other = type({
      id: "00000000-0000-4000-8000-000000000002",
      name: "Evaluation",
      kind: "evaluation",
    });
    const strict = type({
      id: "00000000-0000-4000-8000-000000000003",
      cancellationWindowHours: 48,
    });
    expect(sessionTypeOf(booking, [other, type({})])?.cancellationWindowHours).toBe(24);
    expect(sessionTypeOf(booking, [type({}), strict, other])?.id).toBe(strict.id);
    expect(sessionTypeOf(booking, [other])).toBeUndefined();
  });
});
