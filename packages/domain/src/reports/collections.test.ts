import { describe, expect, it } from "vitest";

import { collectionsByMonth, type CollectionSum } from "./collections";

const sum = (
  month: string,
  kind: CollectionSum["kind"],
  cents: number,
  contractual = false,
): CollectionSum => ({ month, kind, cents, contractual });

describe("collectionsByMonth", () => {
  it("puts each kind in its column as a positive amount, refunds taken off the net", () => {
    const report = collectionsByMonth(
      [
        sum("2026-01", "insurance_payment", -8_000),
        sum("2026-01", "family_payment", -2_000),
        sum("2026-01", "adjustment", -1_500, true),
        sum("2026-01", "adjustment", -300),
        sum("2026-01", "write_off", -700),
        sum("2026-01", "refund", 500),
      ],
      ["2026-01"],
    );
    expect(report.months).toEqual([
      {
        month: "2026-01",
        insurancePayments: 8_000,
        familyPayments: 2_000,
        contractualAdjustments: 1_500,
        otherAdjustments: 300,
        writeOffs: 700,
        refunds: 500,
        netCollected: 9_500,
      },
    ]);
  });

  it("leaves out charges, transfers and fees, and keeps an empty month as zeros", () => {
    const report = collectionsByMonth(
      [
        sum("2026-02", "charge", 12_000),
        sum("2026-02", "transfer", 2_000),
        sum("2026-02", "fee", 4_000),
        sum("2026-02", "fee_waiver", -4_000),
      ],
      ["2026-01", "2026-02"],
    );
    expect(report.months.map((m) => m.netCollected)).toEqual([0, 0]);
    expect(report.totals.insurancePayments).toBe(0);
  });

  it("counts a reversed payment against its month, and totals the range", () => {
    const report = collectionsByMonth(
      [
        sum("2026-01", "insurance_payment", -5_000),
        sum("2026-02", "insurance_payment", 5_000),
        sum("2026-02", "insurance_payment", -4_000),
        sum("2025-12", "insurance_payment", -9_999),
      ],
      ["2026-01", "2026-02"],
    );
    expect(report.months.map((m) => m.insurancePayments)).toEqual([5_000, -1_000]);
    expect(report.totals).toMatchObject({
      month: "total",
      insurancePayments: 4_000,
      netCollected: 4_000,
    });
  });
});
