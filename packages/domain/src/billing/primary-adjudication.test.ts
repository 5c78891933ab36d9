import { describe, expect, it } from "vitest";

import { adjustment, paymentFor, reversalOf } from "./demo-remittance";
import { adjudicationOf } from "./primary-adjudication";
import type { ClaimPayment } from "./remittance";

/** Claim 1042: 97530 × 3 and 97550, on November 10. */
const sent = {
  number: 1042,
  serviceOn: "2026-11-10",
  lines: [
    { code: "97530", modifiers: ["GO", "96"], units: 3, cents: 45_000 },
    { code: "97550", modifiers: ["GO", "96"], units: 1, cents: 12_550 },
  ],
};
const claimLines = sent.lines.map((line) => ({ ...line, serviceDate: sent.serviceOn }));

/** The primary's payment: 20% contractual, coinsurance on the first line, a copay on the second. */
const paid = paymentFor(sent, "1", (cents, index) => [
  adjustment("CO", "45", Math.round(cents * 0.2)),
  index === 0 ? adjustment("PR", "2", 3_600) : adjustment("PR", "3", 2_000),
]);

describe("adjudicationOf", () => {
  it("carries the payer's payment, line by line, with its adjustments and its day", () => {
    expect(adjudicationOf([{ payment: paid, adjudicatedOn: "2026-11-30" }], claimLines)).toEqual({
      paidCents: 32_400 + 8_040,
      adjustments: [],
      patientResponsibilityCents: 5_600,
      payerClaimNumber: "PCN1042",
      adjudicatedOn: "2026-11-30",
      lines: [
        {
          lineIndex: 0,
          code: "97530",
          modifiers: ["GO", "96"],
          units: 3,
          paidCents: 32_400,
          adjustments: [
            { group: "CO", reason: "45", cents: 9_000 },
            { group: "PR", reason: "2", cents: 3_600 },
          ],
          adjudicatedOn: "2026-11-30",
        },
        {
          lineIndex: 1,
          code: "97550",
          modifiers: ["GO", "96"],
          units: 1,
          paidCents: 8_040,
          adjustments: [
            { group: "CO", reason: "45", cents: 2_510 },
            { group: "PR", reason: "3", cents: 2_000 },
          ],
          adjudicatedOn: "2026-11-30",
        },
      ],
    });
  });

  it("nets a reversal against the payment it takes back, keeping what the payer paid again", () => {
    const overpaid = paymentFor(sent, "1", (cents) => [adjustment("CO", "45", cents / 10)]);
    const adjudication = adjudicationOf(
      [
        { payment: overpaid, adjudicatedOn: "2026-11-20" },
        { payment: reversalOf(overpaid), adjudicatedOn: "2026-11-30" },
        { payment: paid, adjudicatedOn: "2026-11-30" },
      ],
      claimLines,
    );
    expect(adjudication?.paidCents).toBe(40_440);
    expect(adjudication?.patientResponsibilityCents).toBe(5_600);
    expect(adjudication?.lines.map((l) => [l.paidCents, l.adjustments])).toEqual([
      [
        32_400,
        [
          { group: "CO", reason: "45", cents: 9_000 },
          { group: "PR", reason: "2", cents: 3_600 },
        ],
      ],
      [
        8_040,
        [
          { group: "CO", reason: "45", cents: 2_510 },
          { group: "PR", reason: "3", cents: 2_000 },
        ],
      ],
    ]);
  });

  it("finds the payer's lines in any order, and keeps each line's charge balanced", () => {
    const reordered: ClaimPayment = { ...paid, lines: [...paid.lines].reverse() };
    const adjudication = adjudicationOf(
      [{ payment: reordered, adjudicatedOn: "2026-11-30" }],
      claimLines,
    );
    for (const line of adjudication?.lines ?? []) {
      const charge = sent.lines[line.lineIndex]?.cents ?? NaN;
      const adjusted = line.adjustments.reduce((sum, a) => sum + a.cents, 0);
      expect(line.paidCents + adjusted).toBe(charge);
    }
    expect(adjudication?.lines.map((l) => l.code)).toEqual(["97530", "97550"]);
  });

  it("counts a line matching none of the claim's, and the claim's own adjustments, at the claim level", () => {
    const [first, second] = paid.lines;
    if (!first || !second) throw new Error("the payment has two lines");
    const payment: ClaimPayment = {
      ...paid,
      adjustments: [adjustment("OA", "23", 500)],
      lines: [first, { ...second, code: "97110" }],
    };
    const adjudication = adjudicationOf([{ payment, adjudicatedOn: "2026-11-30" }], claimLines);
    expect(adjudication?.lines.map((l) => l.lineIndex)).toEqual([0]);
    expect(adjudication?.adjustments).toEqual([
      { group: "OA", reason: "23", cents: 500 },
      { group: "CO", reason: "45", cents: 2_510 },
      { group: "PR", reason: "3", cents: 2_000 },
    ]);
  });

  it("is dated by the latest payment that stands, not by a reversal", () => {
    const adjudication = adjudicationOf(
      [
        { payment: paid, adjudicatedOn: "2026-11-30" },
        { payment: paid, adjudicatedOn: "2026-12-02" },
        { payment: reversalOf(paid), adjudicatedOn: "2026-12-05" },
      ],
      claimLines,
    );
    expect(adjudication?.adjudicatedOn).toBe("2026-12-02");
    expect(adjudication?.lines.map((l) => l.adjudicatedOn)).toEqual(["2026-12-02", "2026-12-02"]);
  });

  it("is null when nothing stands: no payment, or each one reversed", () => {
    expect(adjudicationOf([], claimLines)).toBeNull();
    expect(
      adjudicationOf(
        [
          { payment: paid, adjudicatedOn: "2026-11-30" },
          { payment: reversalOf(paid), adjudicatedOn: "2026-12-01" },
        ],
        claimLines,
      ),
    ).toBeNull();
  });
});
