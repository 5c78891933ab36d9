import { describe, expect, it } from "vitest";

import {
  CancellationPolicyText,
  checkSessionTypeChanges,
  SessionTypeChanges,
} from "./session-type-changes";

const coaching = {
  durationMinutes: 45,
  priceCents: 9500,
  capacity: 1,
  minimumNoticeMinutes: 120,
  cancellationWindowHours: 24,
};

describe("SessionTypeChanges", () => {
  it("takes a 50-minute session at $110 with 48 hours' cancellation window", () => {
    expect(
      SessionTypeChanges.parse({
        ...coaching,
        durationMinutes: 50,
        priceCents: 11000,
        cancellationWindowHours: 48,
      }),
    ).toMatchObject({ durationMinutes: 50, priceCents: 11000, cancellationWindowHours: 48 });
  });

  it("refuses a length that is not a multiple of 5 minutes, in words", () => {
    const parsed = SessionTypeChanges.safeParse({ ...coaching, durationMinutes: 47 });
    expect(parsed.error?.issues[0]?.message).toBe("Use a multiple of 5 minutes, for example 45.");
  });

  it("refuses a negative price and a window over a week", () => {
    expect(SessionTypeChanges.safeParse({ ...coaching, priceCents: -1 }).success).toBe(false);
    expect(
      SessionTypeChanges.safeParse({ ...coaching, cancellationWindowHours: 169 }).success,
    ).toBe(false);
  });

  it("allows no price", () => {
    expect(SessionTypeChanges.parse({ ...coaching, priceCents: null }).priceCents).toBeNull();
  });
});

describe("checkSessionTypeChanges", () => {
  it("lets a group have 8 places", () => {
    expect(checkSessionTypeChanges("group", { capacity: 8 })).toEqual({ ok: true });
  });

  it("keeps an individual session at one place", () => {
    expect(checkSessionTypeChanges("coaching", { capacity: 2 })).toEqual({
      ok: false,
      reason: "INDIVIDUAL_CAPACITY",
      field: "capacity",
    });
    expect(checkSessionTypeChanges("evaluation", { capacity: 1 })).toEqual({ ok: true });
  });
});

describe("CancellationPolicyText", () => {
  it("trims the policy and refuses one too long", () => {
    expect(CancellationPolicyText.parse("  Cancel 24 hours ahead.  ")).toBe(
      "Cancel 24 hours ahead.",
    );
    expect(CancellationPolicyText.safeParse("x".repeat(2001)).success).toBe(false);
  });
});
