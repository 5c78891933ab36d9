import { describe, expect, it } from "vitest";

import { feeFor, feeMemo, type FeePolicy } from "./missed-session-fees";

const COACHING = "6f1c1e0a-0000-4000-8000-000000000001";
const GROUP = "6f1c1e0a-0000-4000-8000-000000000002";

const lateCancel: FeePolicy = {
  kind: "late_cancel",
  amountCents: 4_000,
  sessionTypeIds: [COACHING],
};

describe("feeFor", () => {
  it("charges the policy's amount for a session type it names", () => {
    expect(feeFor(lateCancel, { kind: "late_cancel", sessionTypeId: COACHING })).toBe(4_000);
  });

  it("charges nothing for a session type outside the policy", () => {
    expect(feeFor(lateCancel, { kind: "late_cancel", sessionTypeId: GROUP })).toBeNull();
  });

  it("charges nothing when the fee is off (no session types) or the clinic has none", () => {
    const off = { ...lateCancel, sessionTypeIds: [] };
    expect(feeFor(off, { kind: "late_cancel", sessionTypeId: COACHING })).toBeNull();
    expect(feeFor(null, { kind: "late_cancel", sessionTypeId: COACHING })).toBeNull();
    expect(feeFor(undefined, { kind: "no_show", sessionTypeId: COACHING })).toBeNull();
  });

  it("never charges one kind's fee for the other kind", () => {
    expect(feeFor(lateCancel, { kind: "no_show", sessionTypeId: COACHING })).toBeNull();
  });

  it("charges nothing for an amount that is not whole, positive cents", () => {
    for (const amountCents of [0, -500, 12.5])
      expect(
        feeFor({ ...lateCancel, amountCents }, { kind: "late_cancel", sessionTypeId: COACHING }),
      ).toBeNull();
  });
});

describe("feeMemo", () => {
  it("names the kind and the session's day in words", () => {
    expect(feeMemo("late_cancel", "2026-03-03")).toBe(
      "Late cancellation of the session on March 3, 2026",
    );
    expect(feeMemo("no_show", "2026-12-31")).toBe("No-show for the session on December 31, 2026");
  });
});
