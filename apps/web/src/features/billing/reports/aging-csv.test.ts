import { describe, expect, it } from "vitest";

import type { AgingReport } from "@carryover/api/contracts/report";

import { agingCsv, agingCsvFileName, plainDecimal } from "./aging-csv";

const BUCKETS = ["0–30 days", "31–60 days", "61–90 days", "Over 90 days"];
const PAYER_ID = "00000000-0000-4000-8000-000000000001";
const CHILD_ID = "00000000-0000-4000-8000-000000000002";

function reportOf(overrides: Partial<AgingReport> = {}): AgingReport {
  return {
    asOf: "2026-03-14",
    buckets: BUCKETS,
    totals: {
      insurance: [12_500, 0, 0, 4_000],
      family: [-2_000, 0, 0, 0],
      all: [10_500, 0, 0, 4_000],
    },
    byPayer: [
      {
        payerId: PAYER_ID,
        payerName: "Blue Prairie PPO",
        buckets: [12_500, 0, 0, 4_000],
        total: 16_500,
      },
    ],
    byFamily: [
      { childId: CHILD_ID, childName: "Maya Johnson", buckets: [-2_000, 0, 0, 0], total: -2_000 },
    ],
    ...overrides,
  };
}

const linesOf = (csv: string) => csv.split("\r\n");

describe("plainDecimal", () => {
  it("writes cents as dollars with two decimals, a credit negative", () => {
    expect(plainDecimal(1_250)).toBe("12.50");
    expect(plainDecimal(0)).toBe("0.00");
    expect(plainDecimal(5)).toBe("0.05");
    expect(plainDecimal(123_456_789)).toBe("1234567.89");
    expect(plainDecimal(-5)).toBe("-0.05");
    expect(plainDecimal(-2_000)).toBe("-20.00");
  });
});

describe("agingCsv", () => {
  it("writes the header, a row per payer and per family, then the totals, with CRLF line ends", () => {
    expect(linesOf(agingCsv(reportOf()))).toEqual([
      "Owed by,Name,0–30 days,31–60 days,61–90 days,Over 90 days,Total",
      "Payer,Blue Prairie PPO,125.00,0.00,0.00,40.00,165.00",
      "Family,Maya Johnson,-20.00,0.00,0.00,0.00,-20.00",
      "Total,All payers,125.00,0.00,0.00,40.00,165.00",
      "Total,All families,-20.00,0.00,0.00,0.00,-20.00",
      "Total,Payers and families,105.00,0.00,0.00,40.00,145.00",
      "",
    ]);
  });

  it("quotes a name holding a comma, a quote or a line break", () => {
    const csv = agingCsv(
      reportOf({
        byPayer: [
          {
            payerId: PAYER_ID,
            payerName: 'Acme, "Gold" Plan',
            buckets: [100, 0, 0, 0],
            total: 100,
          },
        ],
        byFamily: [
          { childId: CHILD_ID, childName: "Ana\nLee", buckets: [0, 0, 0, 100], total: 100 },
        ],
      }),
    );
    expect(csv).toContain('Payer,"Acme, ""Gold"" Plan",1.00,0.00,0.00,0.00,1.00\r\n');
    expect(csv).toContain('Family,"Ana\nLee",0.00,0.00,0.00,1.00,1.00\r\n');
  });

  it("keeps a name that starts like a formula as text, but not a negative amount", () => {
    const csv = agingCsv(
      reportOf({
        byPayer: [
          { payerId: PAYER_ID, payerName: "=HYPERLINK(1)", buckets: [100, 0, 0, 0], total: 100 },
          { payerId: PAYER_ID, payerName: "+Plus", buckets: [100, 0, 0, 0], total: 100 },
          { payerId: PAYER_ID, payerName: "@Sum", buckets: [100, 0, 0, 0], total: 100 },
        ],
        byFamily: [
          { childId: CHILD_ID, childName: "-Dash", buckets: [-300, 0, 0, 0], total: -300 },
        ],
      }),
    );
    expect(csv).toContain("Payer,'=HYPERLINK(1),1.00,");
    expect(csv).toContain("Payer,'+Plus,1.00,");
    expect(csv).toContain("Payer,'@Sum,1.00,");
    expect(csv).toContain("Family,'-Dash,-3.00,0.00,0.00,0.00,-3.00\r\n");
  });

  it("still writes the totals when nobody owes anything", () => {
    const none = [0, 0, 0, 0];
    const csv = agingCsv(
      reportOf({ byPayer: [], byFamily: [], totals: { insurance: none, family: none, all: none } }),
    );
    expect(linesOf(csv)).toEqual([
      "Owed by,Name,0–30 days,31–60 days,61–90 days,Over 90 days,Total",
      "Total,All payers,0.00,0.00,0.00,0.00,0.00",
      "Total,All families,0.00,0.00,0.00,0.00,0.00",
      "Total,Payers and families,0.00,0.00,0.00,0.00,0.00",
      "",
    ]);
  });

  it("names the file by the day the ages count from", () => {
    expect(agingCsvFileName("2026-03-14")).toBe("ar-aging-2026-03-14.csv");
  });
});
