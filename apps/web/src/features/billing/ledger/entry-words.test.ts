import { describe, expect, it } from "vitest";

import type { LedgerEntry } from "@carryover/api/contracts/ledger";

import {
  balanceWords,
  entryDetails,
  entryWords,
  paymentRecordedWords,
  refundedWords,
  signedDollars,
  standingWords,
  writtenOffWords,
} from "./entry-words";

const entry = (facts: Partial<LedgerEntry> & Pick<LedgerEntry, "kind">): LedgerEntry => ({
  id: "00000000-0000-4000-8000-000000000001",
  at: new Date("2026-03-04T15:00:00Z"),
  party: "insurance",
  cents: 10_000,
  claimId: null,
  appointmentId: null,
  controlNumber: null,
  code: null,
  groupCode: null,
  reasonCode: null,
  reasonWords: null,
  method: null,
  memo: null,
  byName: null,
  ...facts,
});

const COPAY = "The family's copay for this visit.";

describe("entryWords", () => {
  it("names a charge's code and claim", () => {
    expect(entryWords(entry({ kind: "charge", code: "97530", controlNumber: "CO-001042" }))).toBe(
      "Charged 97530 (CO-001042)",
    );
    expect(entryWords(entry({ kind: "charge", controlNumber: "CO-001042" }))).toBe(
      "Charged (CO-001042)",
    );
  });

  it("says why a charge was taken off", () => {
    const takenOff = entry({
      kind: "charge",
      cents: -10_000,
      controlNumber: "CO-001042",
      memo: "Taken off: a corrected claim was sent",
    });
    expect(entryWords(takenOff)).toBe("Taken off: a corrected claim was sent (CO-001042)");
  });

  it("says the plan paid, or reversed its payment", () => {
    expect(entryWords(entry({ kind: "insurance_payment", cents: -8_000 }))).toBe("Plan paid");
    expect(entryWords(entry({ kind: "insurance_payment", cents: 8_000 }))).toBe(
      "Plan payment reversed",
    );
  });

  it("gives an adjustment's reason in words, then its codes", () => {
    const contractual = entry({
      kind: "adjustment",
      cents: -2_000,
      groupCode: "CO",
      reasonCode: "45",
      reasonWords: "The charge is above the plan's rate.",
    });
    expect(entryWords(contractual)).toBe("Adjusted: The charge is above the plan's rate (CO-45)");
    expect(entryWords(entry({ kind: "adjustment", cents: -2_000 }))).toBe("Adjusted");
    expect(entryWords({ ...contractual, cents: 2_000 })).toBe(
      "Adjustment reversed: The charge is above the plan's rate (CO-45)",
    );
  });

  it("says a transfer's reason on the family's side only", () => {
    const facts = {
      kind: "transfer",
      groupCode: "PR",
      reasonCode: "3",
      reasonWords: COPAY,
    } as const;
    expect(entryWords(entry({ ...facts, party: "family", cents: 2_500 }))).toBe(
      "Moved to the family: The family's copay for this visit (PR-3)",
    );
    expect(entryWords(entry({ ...facts, party: "insurance", cents: -2_500 }))).toBe(
      "Moved to the family",
    );
  });

  it("says a reversed transfer went back", () => {
    const facts = {
      kind: "transfer",
      groupCode: "PR",
      reasonCode: "3",
      reasonWords: COPAY,
    } as const;
    expect(entryWords(entry({ ...facts, party: "family", cents: -2_500 }))).toBe(
      "Taken back from the family: The family's copay for this visit (PR-3)",
    );
    expect(entryWords(entry({ ...facts, party: "insurance", cents: 2_500 }))).toBe(
      "Moved back from the family",
    );
  });

  it("says what a transfer made by hand did, in its memo", () => {
    const billed = "Billed to Heartland Health Plan as CO-001027";
    expect(
      entryWords(entry({ kind: "transfer", party: "insurance", cents: -1_540, memo: billed })),
    ).toBe(billed);
    expect(
      entryWords(
        entry({
          kind: "transfer",
          party: "insurance",
          cents: 1_540,
          memo: "What Illinois Medicaid (HFS) left on CO-001020",
        }),
      ),
    ).toBe("What Illinois Medicaid (HFS) left on CO-001020");
  });

  it("says how the family paid", () => {
    const paid = (method: string | null) =>
      entryWords(entry({ kind: "family_payment", party: "family", cents: -2_000, method }));
    expect(paid("cash")).toBe("Family paid (cash)");
    expect(paid("check")).toBe("Family paid (check)");
    expect(paid("card_terminal")).toBe("Family paid (card at the desk)");
    expect(paid(null)).toBe("Family paid");
    expect(paid("barter")).toBe("Family paid");
  });

  it("says a refund, and a write-off, fee or waiver with its memo", () => {
    const family = { party: "family", cents: -500 } as const;
    expect(entryWords(entry({ ...family, kind: "refund", cents: 500 }))).toBe(
      "Refunded to the family",
    );
    expect(entryWords(entry({ ...family, kind: "write_off", memo: "Hardship" }))).toBe(
      "Written off: Hardship",
    );
    expect(entryWords(entry({ ...family, kind: "fee", cents: 2_500, memo: "Late cancel" }))).toBe(
      "Fee: Late cancel",
    );
    expect(entryWords(entry({ ...family, kind: "fee", cents: 2_500 }))).toBe("Fee");
    expect(entryWords(entry({ ...family, kind: "fee_waiver", memo: "First time" }))).toBe(
      "Fee waived: First time",
    );
  });
});

describe("entryDetails", () => {
  it("quotes a payment's note and names who posted it", () => {
    const paid = entry({ kind: "family_payment", memo: "At pickup", byName: "Dana Reyes" });
    expect(entryDetails(paid)).toBe("“At pickup” · by Dana Reyes");
  });

  it("names the claim of an entry whose words do not", () => {
    const paid = entry({ kind: "insurance_payment", cents: -8_000, controlNumber: "CO-001042" });
    expect(entryDetails(paid)).toBe("CO-001042");
    expect(entryDetails({ ...paid, kind: "charge" })).toBeNull();
  });

  it("does not repeat a write-off's reason, and has nothing for an entry without a claim or poster", () => {
    const writeOff = entry({ kind: "write_off", memo: "Hardship", byName: "Dana Reyes" });
    expect(entryDetails(writeOff)).toBe("by Dana Reyes");
    expect(entryDetails(entry({ kind: "adjustment" }))).toBeNull();
  });
});

describe("amounts", () => {
  it("signs what an entry adds and takes off", () => {
    expect(signedDollars(10_000)).toBe("+$100.00");
    expect(signedDollars(-2_000)).toBe("-$20.00");
    expect(signedDollars(0)).toBe("$0.00");
  });

  it("reads a negative balance as the family's credit", () => {
    expect(balanceWords(2_500)).toBe("$25.00");
    expect(balanceWords(0)).toBe("$0.00");
    expect(balanceWords(-500)).toBe("Credit $5.00");
  });

  it("says where a party stands", () => {
    expect(standingWords("family", 0)).toBe("Family owes $0.00.");
    expect(standingWords("family", -500)).toBe("The family has a credit of $5.00.");
    expect(standingWords("insurance", 12_345)).toBe("Insurance owes $123.45.");
  });
});

describe("what a form says once posted", () => {
  const balances = { insurance: 18_000, family: 0 };

  it("says the payment and what the family owes now", () => {
    expect(paymentRecordedWords(2_000, balances)).toBe(
      "Recorded $20.00 from the family. Family owes $0.00.",
    );
  });

  it("says the refund and the family's credit left", () => {
    expect(refundedWords(1_500, { ...balances, family: -500 })).toBe(
      "Refunded $15.00 to the family. The family has a credit of $5.00.",
    );
  });

  it("says whose balance was written off and what that party owes now", () => {
    expect(writtenOffWords("family", 500, { ...balances, family: 1_000 })).toBe(
      "Wrote off $5.00 of the family's balance. Family owes $10.00.",
    );
    expect(writtenOffWords("insurance", 3_000, balances)).toBe(
      "Wrote off $30.00 of insurance's balance. Insurance owes $180.00.",
    );
  });
});
