import { describe, expect, it } from "vitest";

import { matchLines, type Adjustment, type ClaimPayment, type LinePayment } from "./remittance";
import {
  balanceOf,
  checkFamilyPayment,
  checkFeeWaiver,
  checkRefund,
  checkWriteOff,
  dollars,
  postingsOf,
} from "./remittance-postings";

const line = (paidCents: number, adjustments: Adjustment[], code = "97530"): LinePayment => ({
  code,
  modifiers: ["GO"],
  chargedCents: 0,
  paidCents,
  units: 1,
  serviceDate: "2026-11-10",
  adjustments,
  remarks: [],
});

const payment = (lines: LinePayment[], rest: Partial<ClaimPayment> = {}): ClaimPayment => ({
  controlNumber: "CO-000101",
  status: "1",
  chargedCents: 0,
  paidCents: lines.reduce((sum, l) => sum + l.paidCents, 0),
  patientResponsibilityCents: 0,
  payerClaimNumber: null,
  adjustments: [],
  lines,
  remarks: [],
  line: 1,
  ...rest,
});

const adjustment = (group: Adjustment["group"], reason: string, cents: number): Adjustment => ({
  group,
  reason,
  cents,
  quantity: null,
});

describe("postingsOf", () => {
  it("posts each line's payment off what insurance owes, on the claim line it matched", () => {
    expect(postingsOf(payment([line(24_000, [])]), [2])).toEqual([
      {
        party: "insurance",
        kind: "insurance_payment",
        cents: -24_000,
        lineIndex: 2,
        group: null,
        reason: null,
      },
    ]);
  });

  it.each(["CO", "OA", "PI", "CR"] as const)("posts a %s adjustment off insurance", (group) => {
    const [, posting] = postingsOf(payment([line(100, [adjustment(group, "45", 1_500)])]), [0]);
    expect(posting).toEqual({
      party: "insurance",
      kind: "adjustment",
      cents: -1_500,
      lineIndex: 0,
      group,
      reason: "45",
    });
  });

  it("moves a PR adjustment from insurance to the family", () => {
    const postings = postingsOf(payment([line(0, [adjustment("PR", "2", 6_000)])]), [0]);
    expect(postings).toEqual([
      {
        party: "insurance",
        kind: "transfer",
        cents: -6_000,
        lineIndex: 0,
        group: "PR",
        reason: "2",
      },
      { party: "family", kind: "transfer", cents: 6_000, lineIndex: 0, group: "PR", reason: "2" },
    ]);
  });

  it("posts claim-level adjustments and unmatched lines without a line index", () => {
    const claim = payment([line(500, [])], { adjustments: [adjustment("CO", "45", 800)] });
    expect(postingsOf(claim, [null]).map((p) => p.lineIndex)).toEqual([null, null]);
  });

  it("leaves a secondary payer's OA-23 unposted: the primary's payment, posted on its own claim", () => {
    const claim = payment([line(500, [adjustment("OA", "23", 8_000)])]);
    expect(postingsOf(claim, [0])).toEqual([
      expect.objectContaining({ kind: "insurance_payment", cents: -500 }),
    ]);
  });

  it("posts CLP04 as one payment when the claim has no service line", () => {
    expect(postingsOf(payment([], { paidCents: 2_000 }), [])).toMatchObject([
      { party: "insurance", kind: "insurance_payment", cents: -2_000, lineIndex: null },
    ]);
  });

  it("leaves out postings of zero cents", () => {
    expect(postingsOf(payment([line(0, [adjustment("CO", "197", 0)])]), [0])).toEqual([]);
  });

  it("a reversal undoes the original exactly, party by party", () => {
    const original = payment([
      line(24_000, [adjustment("CO", "45", 15_000), adjustment("PR", "2", 6_000)]),
      line(6_000, [adjustment("PR", "3", 1_500)], "97550"),
    ]);
    const reversal = payment(
      original.lines.map((l) => ({
        ...l,
        paidCents: -l.paidCents,
        adjustments: l.adjustments.map((a) => ({ ...a, cents: -a.cents })),
      })),
      { status: "22" },
    );
    const both = [...postingsOf(original, [0, 1]), ...postingsOf(reversal, [0, 1])];
    expect(balanceOf(postingsOf(original, [0, 1]))).toEqual({
      insurance: -52_500,
      family: 7_500,
      total: -45_000,
    });
    expect(balanceOf(both)).toEqual({ insurance: 0, family: 0, total: 0 });
  });
});

describe("matchLines", () => {
  const claimLines = [
    { code: "97530", modifiers: ["GO"], serviceDate: "2026-11-10" },
    { code: "97530", modifiers: ["GO", "95"], serviceDate: "2026-11-10" },
    { code: "97530", modifiers: ["GO"], serviceDate: "2026-11-12" },
    { code: "97165", modifiers: ["GO"], serviceDate: "2026-11-10" },
  ];
  const paidLine = (code: string, modifiers: string[], serviceDate: string | null) => ({
    ...line(0, [], code),
    modifiers,
    serviceDate,
  });

  it("matches by code, then modifiers, then service date", () => {
    const paid = [
      paidLine("97530", ["GO"], "2026-11-12"),
      paidLine("97530", ["95", "GO"], "2026-11-10"),
      paidLine("97165", [], null),
    ];
    expect(matchLines(paid, claimLines)).toEqual([2, 1, 3]);
  });

  it("uses each claim line once and leaves the rest unmatched", () => {
    const paid = [paidLine("97165", ["GO"], null), paidLine("97165", ["GO"], null)];
    expect(matchLines(paid, claimLines)).toEqual([3, null]);
  });

  it("matches no line of another code", () => {
    expect(matchLines([paidLine("97110", ["GO"], "2026-11-10")], claimLines)).toEqual([null]);
  });
});

describe("balanceOf", () => {
  it("sums each party and their total", () => {
    const entries = [
      { party: "insurance" as const, cents: 45_000 },
      { party: "insurance" as const, cents: -30_000 },
      { party: "family" as const, cents: 7_500 },
      { party: "family" as const, cents: -2_500 },
    ];
    expect(balanceOf(entries)).toEqual({ insurance: 15_000, family: 5_000, total: 20_000 });
    expect(balanceOf([])).toEqual({ insurance: 0, family: 0, total: 0 });
  });
});

describe("the ledger's refusals", () => {
  it("formats cents as dollars", () => {
    expect([8_420, -500, 0, 10_000_000].map(dollars)).toEqual([
      "$84.20",
      "-$5.00",
      "$0.00",
      "$100,000.00",
    ]);
  });

  it("takes a family payment of whole cents, more than 0 and at most $100,000.00", () => {
    expect([1, 10_000_000].map(checkFamilyPayment)).toEqual([null, null]);
    expect(checkFamilyPayment(0)).toMatch(/more than \$0\.00/);
    expect(checkFamilyPayment(-100)).toMatch(/more than \$0\.00/);
    expect(checkFamilyPayment(12.5)).toMatch(/whole cents/);
    expect(checkFamilyPayment(10_000_001)).toMatch(/\$100,000\.00/);
  });

  it("refunds no more than the family paid", () => {
    expect(checkRefund(8_420, 8_420)).toBeNull();
    expect(checkRefund(8_421, 8_420)).toBe(
      "A refund cannot be more than the $84.20 the family paid.",
    );
    expect(checkRefund(0, 8_420)).toMatch(/more than \$0\.00/);
  });

  it("waives a fee once", () => {
    expect(checkFeeWaiver(null)).toBeNull();
    expect(checkFeeWaiver("2026-03-04")).toBe("This fee was already waived on March 4, 2026.");
  });
});

describe("checkWriteOff", () => {
  it("writes off at most what the party owes", () => {
    expect(checkWriteOff(2_000, 2_000, "family")).toBeNull();
    expect(checkWriteOff(2_001, 2_000, "family")).toBe(
      "Write off at most $20.00: that is what the family owes.",
    );
    expect(checkWriteOff(100, 0, "insurance")).toBe("Nothing is owed by insurance to write off.");
  });
});
