import { describe, expect, it } from "vitest";

import {
  decideBillSecondary,
  decideMoveToFamily,
  leftOnClaim,
  type ClaimLeftFacts,
} from "./secondary-claim";

/** Medicaid paid claim CO-001042 and left $56.00 coinsurance with the family; Heartland is secondary. */
const paid: ClaimLeftFacts = {
  status: "paid",
  frequency: "1",
  payerName: "Illinois Medicaid (HFS)",
  isSecondary: false,
  insuranceCents: 0,
  familyCents: 5_600,
  secondaryClaim: null,
  movedToFamilyCents: 0,
  secondaryPayerName: "Heartland Health Plan",
};
const billed = { controlNumber: "CO-001050", payerName: "Heartland Health Plan" };

describe("decideBillSecondary", () => {
  it("bills the secondary plan for what the payer left, the family's share and insurance's", () => {
    expect(decideBillSecondary(paid)).toEqual({
      ok: true,
      fromInsuranceCents: 0,
      fromFamilyCents: 5_600,
      cents: 5_600,
    });
    expect(decideBillSecondary({ ...paid, insuranceCents: 1_250 })).toMatchObject({
      ok: true,
      fromInsuranceCents: 1_250,
      cents: 6_850,
    });
  });

  it("takes back no more from the family than the claim gave them", () => {
    expect(decideBillSecondary({ ...paid, insuranceCents: 900, familyCents: -200 })).toEqual({
      ok: true,
      fromInsuranceCents: 900,
      fromFamilyCents: 0,
      cents: 900,
    });
  });

  it("bills a denial that left the family a share", () => {
    expect(decideBillSecondary({ ...paid, status: "denied" })).toMatchObject({ ok: true });
  });

  it.each([
    [
      { secondaryClaim: billed },
      "ALREADY_BILLED",
      "This claim was billed to Heartland Health Plan already, as CO-001050.",
    ],
    [
      { status: "submitted" },
      "NOT_ANSWERED",
      "Illinois Medicaid (HFS) hasn't paid this claim yet. Bill the secondary plan once its remittance is posted.",
    ],
    [{ status: "accepted" }, "NOT_ANSWERED", expect.stringContaining("hasn't paid")],
    [
      { secondaryPayerName: null },
      "NO_SECONDARY_PLAN",
      expect.stringContaining("no secondary plan on the visit's date"),
    ],
    [
      { familyCents: 0 },
      "NOTHING_LEFT",
      "Nothing is left to bill: Illinois Medicaid (HFS) paid or adjusted the whole charge.",
    ],
    [
      { isSecondary: true },
      "IS_SECONDARY",
      expect.stringContaining("already went to the secondary plan"),
    ],
    [{ frequency: "8" }, "IS_VOID", "A void bills nothing: nothing is left."],
  ] as [Partial<ClaimLeftFacts>, string, unknown][])(
    "refuses %o: %s",
    (change, reason, message) => {
      expect(decideBillSecondary({ ...paid, ...change })).toEqual({ ok: false, reason, message });
    },
  );
});

describe("decideMoveToFamily", () => {
  it("moves what insurance still owes on the claim", () => {
    expect(decideMoveToFamily({ ...paid, insuranceCents: 1_250 })).toEqual({
      ok: true,
      cents: 1_250,
    });
  });

  it.each([
    [
      { status: "submitted" },
      "NOT_ANSWERED",
      "Illinois Medicaid (HFS) hasn't paid this claim yet. Move what is left once its remittance is posted.",
    ],
    [
      { movedToFamilyCents: 1_250 },
      "ALREADY_MOVED",
      "$12.50 of this claim was moved to the family already; insurance owes nothing more on it.",
    ],
    [
      { secondaryClaim: billed },
      "ALREADY_BILLED",
      "What was left was billed to Heartland Health Plan as CO-001050.",
    ],
    [
      {},
      "NOTHING_LEFT",
      "Insurance owes nothing more on this claim: the family's share of $56.00 is on their account already.",
    ],
    [{ familyCents: 0 }, "NOTHING_LEFT", "Insurance owes nothing more on this claim."],
  ] as [Partial<ClaimLeftFacts>, string, string][])("refuses %o: %s", (change, reason, message) => {
    expect(decideMoveToFamily({ ...paid, ...change })).toEqual({ ok: false, reason, message });
  });
});

describe("leftOnClaim", () => {
  it("counts only what is owed, never a credit", () => {
    expect(leftOnClaim({ insuranceCents: -300, familyCents: 5_600 })).toEqual({
      insuranceCents: 0,
      familyCents: 5_600,
      totalCents: 5_600,
    });
  });
});
