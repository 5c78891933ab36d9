import { describe, expect, it } from "vitest";

import { shareWords, statementOf, visitSentence, type AccountEntry } from "./statement";

const entry = (over: Partial<AccountEntry>): AccountEntry => ({
  party: "insurance",
  kind: "charge",
  cents: 0,
  claimId: null,
  invoiceId: null,
  appointmentId: null,
  groupCode: null,
  reasonCode: null,
  method: null,
  memo: null,
  datedOn: "2026-11-02",
  ...over,
});

/** A $150.00 visit: the plan paid $84.20, took $45.80 off, and $20.00 is the copay. */
const paidVisit = (claimId: string, datedOn = "2026-11-02"): AccountEntry[] => [
  entry({ claimId, datedOn, kind: "charge", cents: 15000 }),
  entry({ claimId, datedOn, kind: "insurance_payment", cents: -8420 }),
  entry({ claimId, datedOn, kind: "adjustment", cents: -4580, groupCode: "CO", reasonCode: "45" }),
  entry({ claimId, datedOn, kind: "transfer", cents: -2000, groupCode: "PR", reasonCode: "3" }),
  entry({
    claimId,
    datedOn,
    party: "family",
    kind: "transfer",
    cents: 2000,
    groupCode: "PR",
    reasonCode: "3",
  }),
];
const names = { invoiceNumbers: new Map([["inv-1", 501]]) };

describe("statementOf", () => {
  it("shows a visit with what the plan paid, took off, and the family's share in words", () => {
    const { lines, balanceCents } = statementOf(paidVisit("c1"), names);
    expect(lines).toEqual([
      {
        kind: "visit",
        on: "2026-11-02",
        description: "Therapy visit",
        chargedCents: 15000,
        planPaidCents: 8420,
        planAdjustedCents: 4580,
        planAnswered: true,
        shares: [{ words: "your copay", cents: 2000 }],
        cents: 2000,
      },
    ]);
    expect(balanceCents).toBe(2000);
    expect(visitSentence(lines[0] as never)).toBe("Your plan paid $84.20; $20.00 is your copay.");
  });

  it("leaves out visits the plan paid in full, and lists payments on their own", () => {
    const fullyPaid = [
      entry({ claimId: "c2", kind: "charge", cents: 9000 }),
      entry({ claimId: "c2", kind: "insurance_payment", cents: -9000 }),
    ];
    const payment = entry({
      party: "family",
      kind: "family_payment",
      cents: -1500,
      method: "cash",
      datedOn: "2026-11-20",
    });
    const { lines, balanceCents } = statementOf([...paidVisit("c1"), ...fullyPaid, payment], names);
    expect(lines.map((l) => [l.kind, l.description, l.cents])).toEqual([
      ["visit", "Therapy visit", 2000],
      ["payment", "Payment in cash, thank you", -1500],
    ]);
    expect(balanceCents).toBe(500);
  });

  it("nets an invoice and a fee with what was paid or waived against them", () => {
    const { lines, balanceCents } = statementOf(
      [
        entry({ party: "family", invoiceId: "inv-1", cents: 12000, datedOn: "2026-11-05" }),
        entry({
          party: "family",
          kind: "family_payment",
          invoiceId: "inv-1",
          cents: -2000,
          datedOn: "2026-11-06",
        }),
        entry({
          party: "family",
          kind: "fee",
          appointmentId: "a1",
          cents: 4000,
          memo: "Late-cancellation fee",
          datedOn: "2026-11-09",
        }),
        entry({ party: "family", kind: "fee_waiver", appointmentId: "a1", cents: -4000 }),
      ],
      names,
    );
    expect(lines.map((l) => [l.kind, l.description, l.cents])).toEqual([
      ["invoice", "Invoice 501 ($20.00 paid)", 10000],
      ["fee", "Late-cancellation fee (waived)", 0],
    ]);
    expect(balanceCents).toBe(10000);
  });

  it("keeps its lines summing to the balance, whatever the entries", () => {
    const entries = [
      ...paidVisit("c1"),
      ...paidVisit("c2", "2026-10-01"),
      entry({ party: "family", kind: "refund", cents: 700 }),
      entry({ party: "family", kind: "write_off", cents: -300 }),
      entry({ party: "family", kind: "family_payment", claimId: "c1", cents: -2000 }),
    ];
    const { lines, balanceCents } = statementOf(entries, names);
    expect(lines.reduce((total, l) => total + l.cents, 0)).toBe(balanceCents);
    expect(lines[0]?.on).toBe("2026-10-01");
    expect(balanceCents).toBe(2400);
  });
});

describe("visitSentence", () => {
  const visit = {
    kind: "visit" as const,
    on: "2026-11-02",
    description: "Therapy visit",
    chargedCents: 15000,
    planPaidCents: 0,
    planAdjustedCents: 0,
    planAnswered: false,
    shares: [],
    cents: 0,
  };
  it("says when the plan has not answered", () => {
    expect(visitSentence(visit)).toBe("Sent to your plan; it has not answered yet.");
  });
  it("names each share of a visit the plan paid nothing for", () => {
    const shares = [
      { words: "your deductible", cents: 10000 },
      { words: "your coinsurance", cents: 1000 },
    ];
    expect(visitSentence({ ...visit, planAnswered: true, shares })).toBe(
      "Your plan paid nothing for this visit; $100.00 is your deductible and $10.00 your coinsurance.",
    );
  });
});

describe("shareWords", () => {
  it("names deductible, coinsurance, copay, and anything else the plan left to the family", () => {
    expect(["1", "2", "3", "96"].map((code) => shareWords("PR", code))).toEqual([
      "your deductible",
      "your coinsurance",
      "your copay",
      "not covered by your plan",
    ]);
    expect(shareWords(null, null)).toBe("left after your plans paid");
  });
});
