/*
 * ASC X12 835 (005010X221A1), read into plain data (DOMAIN.md, "Money in"): the payment (BPR, TRN),
 * payer (1000A) and payee (1000B), each claim payment (2100 CLP) with its adjustments (CAS), remark
 * codes (MOA) and service lines (2110 SVC), and the provider-level adjustments (PLB). The segments
 * come from a parser outside the domain; amounts are read as strings into integer cents.
 */

/** One segment as the parser read it: its tag, its elements after the tag, and where it sits. */
export type RemittanceSegment = {
  tag: string;
  elements: string[];
  /** 1-based line in the file */
  line: number;
  /** 1-based position among the file's segments */
  position: number;
};

/** CAS01. CR (corrections and reversals) left the standard in 5010 but some payers still send it. */
export const ADJUSTMENT_GROUPS = ["CO", "PR", "OA", "PI", "CR"] as const;
export type AdjustmentGroup = (typeof ADJUSTMENT_GROUPS)[number];

export type Adjustment = {
  group: AdjustmentGroup;
  /** The Claim Adjustment Reason Code (CARC). */
  reason: string;
  /** Signed: a reversal carries its adjustments negative. */
  cents: number;
  quantity: number | null;
};

export type LinePayment = {
  code: string;
  modifiers: string[];
  chargedCents: number;
  paidCents: number;
  units: number;
  /** YYYY-MM-DD, from DTM*472 (or DTM*150, the start of a service period). */
  serviceDate: string | null;
  adjustments: Adjustment[];
  /** Remittance Advice Remark Codes (LQ*HE). */
  remarks: string[];
};

export type ClaimPayment = {
  /** CLP01: the patient control number we sent in CLM01. */
  controlNumber: string;
  /** CLP02: 1 processed as primary, 2 secondary, 3 tertiary, 4 denied, 22 reversal… */
  status: string;
  chargedCents: number;
  paidCents: number;
  patientResponsibilityCents: number;
  /** CLP07: the payer's own number for the claim. */
  payerClaimNumber: string | null;
  /** Claim-level CAS: those before any SVC. */
  adjustments: Adjustment[];
  lines: LinePayment[];
  /** MOA03–MOA07 remark codes. */
  remarks: string[];
  /** The CLP's line in the file. */
  line: number;
};

export type ProviderAdjustment = {
  /** PLB03-1: WO overpayment recovery, L6 interest, 72 authorized return, FB forwarding balance… */
  reason: string;
  /** PLB03-2 */
  reference: string | null;
  /** As sent: positive reduces the payment. */
  cents: number;
  /** PLB02, YYYY-MM-DD */
  fiscalPeriodEnd: string | null;
};

export type Remittance = {
  payer: { name: string; id: string | null };
  payee: { name: string; npi: string | null };
  /** BPR02, negative when BPR03 is D (a debit from the provider). */
  paymentCents: number;
  /** BPR04: ACH, CHK, NON, BOP, FWT */
  method: string;
  /** BPR16, YYYY-MM-DD */
  paidOn: string | null;
  /** TRN02: the check or EFT number. */
  traceNumber: string;
  claims: ClaimPayment[];
  providerAdjustments: ProviderAdjustment[];
};

export type RemittanceProblem = { tag: string; line: number; position: number; message: string };

/** X12 decimal ("84.2", "-84.20", "100", ".5") as integer cents, by string arithmetic; else null. */
export function centsOf(amount: string): number | null {
  const match = /^(-?)(\d*)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) return null;
  const [, sign, whole = "", fraction = ""] = match;
  if (whole === "" && fraction === "") return null;
  const cents = Number(`${whole || "0"}${fraction.padEnd(2, "0")}`);
  if (!Number.isSafeInteger(cents)) return null;
  return sign && cents !== 0 ? -cents : cents;
}

export const isReversal = (p: ClaimPayment) => p.status === "22";
export const isDenial = (p: ClaimPayment) =>
  p.status === "4" || (p.paidCents === 0 && p.patientResponsibilityCents === 0 && !isReversal(p));

type ClaimLineToMatch = { code: string; modifiers: string[]; serviceDate: string };

const sameModifiers = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join(":") === [...b].sort().join(":");

/** Where each payment line belongs among the claim's lines (by code, then modifiers, then service date; each claim line used once), or null. */
export function matchLines(
  payment: LinePayment[],
  claimLines: ClaimLineToMatch[],
): (number | null)[] {
  const used = new Set<number>();
  return payment.map((paid) => {
    let best: number | null = null;
    let bestScore = -1;
    for (const [index, line] of claimLines.entries()) {
      if (used.has(index) || line.code !== paid.code) continue;
      const score =
        (sameModifiers(line.modifiers, paid.modifiers) ? 2 : 0) +
        (line.serviceDate === paid.serviceDate ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [index, score];
    }
    if (best !== null) used.add(best);
    return best;
  });
}
