import { describe, expect, it } from "vitest";

import { adjustment } from "../billing/demo-remittance";
import type { LinePayment } from "../billing/remittance";
import { denialReasonsOf, denialsReport, NO_REASON_CODE, type DeniedClaim } from "./denials";

const line = (adjustments: LinePayment["adjustments"]): LinePayment => ({
  code: "97530",
  modifiers: ["GO"],
  chargedCents: 10_000,
  paidCents: 0,
  units: 2,
  serviceDate: null,
  adjustments,
  remarks: [],
});

const denial = (
  month: string,
  payerKey: string,
  chargedCents: number,
  payment: DeniedClaim["payment"],
): DeniedClaim => ({ month, payerKey, payerName: `Payer ${payerKey}`, chargedCents, payment });

describe("denialReasonsOf", () => {
  it("sums each reason over the claim's and its lines' adjustments, leaving out the family's share", () => {
    expect(
      denialReasonsOf({
        adjustments: [adjustment("CO", "197", 2_000)],
        lines: [
          line([adjustment("CO", "197", 8_000), adjustment("PR", "1", 500)]),
          line([adjustment("OA", "22", 1_000)]),
        ],
      }),
    ).toEqual([
      { code: "197", cents: 10_000 },
      { code: "22", cents: 1_000 },
    ]);
  });

  it("names no reason when only the family's share was given", () => {
    expect(denialReasonsOf({ adjustments: [adjustment("PR", "2", 300)], lines: [] })).toEqual([
      { code: NO_REASON_CODE, cents: 0 },
    ]);
  });
});

describe("denialsReport", () => {
  const denials = [
    denial("2026-01", "blue", 10_000, {
      adjustments: [adjustment("CO", "197", 10_000)],
      lines: [],
    }),
    denial("2026-02", "blue", 6_000, { adjustments: [adjustment("CO", "197", 6_000)], lines: [] }),
    denial("2026-02", "acme", 4_000, {
      adjustments: [adjustment("CO", "16", 1_000), adjustment("CO", "197", 3_000)],
      lines: [],
    }),
  ];

  it("counts denials by reason in plain words, most first, a claim under each of its reasons", () => {
    const report = denialsReport(denials, ["2026-01", "2026-02"]);
    expect(
      report.byReason.map(({ code, count, adjustedCents }) => [code, count, adjustedCents]),
    ).toEqual([
      ["197", 3, 19_000],
      ["16", 1, 1_000],
    ]);
    expect(report.byReason[0]?.words).toMatch(/authoriz/i);
    expect(report.total).toEqual({ count: 3, chargedCents: 20_000 });
  });

  it("counts denials by payer and by month, each month of the range present", () => {
    const report = denialsReport(denials, ["2025-12", "2026-01", "2026-02"]);
    expect(report.byPayer).toEqual([
      { payerKey: "blue", payerName: "Payer blue", count: 2, chargedCents: 16_000 },
      { payerKey: "acme", payerName: "Payer acme", count: 1, chargedCents: 4_000 },
    ]);
    expect(report.byMonth).toEqual([
      { month: "2025-12", count: 0, chargedCents: 0 },
      { month: "2026-01", count: 1, chargedCents: 10_000 },
      { month: "2026-02", count: 2, chargedCents: 10_000 },
    ]);
  });

  it("says what to do when the payer gave no reason", () => {
    const report = denialsReport(
      [denial("2026-01", "blue", 100, { adjustments: [], lines: [] })],
      ["2026-01"],
    );
    expect(report.byReason).toEqual([
      expect.objectContaining({
        code: NO_REASON_CODE,
        count: 1,
        fix: "Call the payer to ask why.",
      }),
    ]);
  });
});
