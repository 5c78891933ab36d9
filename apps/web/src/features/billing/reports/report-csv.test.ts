import { describe, expect, it } from "vitest";

import type { CollectionsReport, DenialsReport } from "@carryover/api/contracts/report";

import { collectionsCsv, csvOf, denialsCsv, reportFileName } from "./report-csv";

const figures = {
  insurancePayments: 8_000,
  familyPayments: 2_000,
  contractualAdjustments: 1_500,
  otherAdjustments: 0,
  writeOffs: 0,
  refunds: 10_500,
  netCollected: -500,
};
const range = { from: "2026-01", to: "2026-01", months: ["2026-01"] };

describe("csvOf", () => {
  it("guards text that starts like a formula but keeps numbers and amounts as numbers", () => {
    expect(csvOf([["=SUM(A1)", -3, { cents: -1_250 }, null, 'a "b", c']])).toBe(
      `'=SUM(A1),-3,-12.50,,"a ""b"", c"\r\n`,
    );
  });
});

describe("collectionsCsv", () => {
  it("writes a row per month and the totals, amounts as plain decimals", () => {
    const report: CollectionsReport = {
      range,
      months: [{ month: "2026-01", ...figures }],
      totals: figures,
    };
    expect(collectionsCsv(report).split("\r\n")).toEqual([
      "Month,Insurance payments,Family payments,Contractual adjustments,Other adjustments,Write-offs,Refunds,Net collected",
      "2026-01,80.00,20.00,15.00,0.00,0.00,105.00,-5.00",
      "Total,80.00,20.00,15.00,0.00,0.00,105.00,-5.00",
      "",
    ]);
  });
});

describe("denialsCsv", () => {
  it("writes the reasons, payers and months in one sheet, a section per row", () => {
    const report: DenialsReport = {
      range,
      payers: [],
      payerId: null,
      total: { count: 1, chargedCents: 20_000 },
      byReason: [
        {
          code: "197",
          words: "No authorization, on file.",
          fix: "Renew it.",
          count: 1,
          adjustedCents: 20_000,
        },
      ],
      byPayer: [{ payerId: null, payerName: "Blue Prairie PPO", count: 1, chargedCents: 20_000 }],
      byMonth: [{ month: "2026-01", count: 1, chargedCents: 20_000 }],
    };
    expect(denialsCsv(report).split("\r\n")).toEqual([
      "Section,Name,Meaning,Denials,Amount",
      'By reason,CARC 197,"No authorization, on file.",1,200.00',
      "By payer,Blue Prairie PPO,,1,200.00",
      "By month,2026-01,,1,200.00",
      "Total,All denials,,1,200.00",
      "",
    ]);
  });
});

describe("reportFileName", () => {
  it("names a file by its report and its months, or its day", () => {
    expect(reportFileName("collections", { from: "2025-04", to: "2026-03" })).toBe(
      "collections-2025-04-to-2026-03.csv",
    );
    expect(reportFileName("authorization-use", "2026-03-14")).toBe(
      "authorization-use-2026-03-14.csv",
    );
  });
});
