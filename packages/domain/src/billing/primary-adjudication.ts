import { isReversal, matchLines, type Adjustment, type ClaimPayment } from "./remittance";
import type { AdjudicatedAdjustment, ClaimAdjudication, LineAdjudication } from "./x12-837p-types";

/** A claim payment as it was posted, with the day of its remittance (YYYY-MM-DD). */
export type PostedClaimPayment = { payment: ClaimPayment; adjudicatedOn: string };

type ClaimLineToMatch = { code: string; modifiers: string[]; serviceDate: string };

type Sums = Map<string, AdjudicatedAdjustment>;

function add(sums: Sums, adjustments: Adjustment[]) {
  for (const { group, reason, cents } of adjustments) {
    const key = `${group}:${reason}`;
    const sum = sums.get(key);
    if (sum) sum.cents += cents;
    else sums.set(key, { group, reason, cents });
  }
}

const standing = (sums: Sums) => [...sums.values()].filter((a) => a.cents !== 0);

type LineSums = Omit<LineAdjudication, "adjustments"> & { adjustments: Sums };

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * What a payer did with a claim, carried to the next payer (837P 2320 and 2430): its posted
 * payments in the order they came, a reversal's negated amounts (CLP02 22) undoing the payment it
 * reverses. Each payment line goes to the claim line it matches (`matchLines`); the adjustments of
 * a line that matches none count at the claim level. Null when no payment stands: none was posted,
 * or every one was reversed.
 */
export function adjudicationOf(
  payments: PostedClaimPayment[],
  claimLines: ClaimLineToMatch[],
): ClaimAdjudication | null {
  const kept = payments.filter(({ payment }) => !isReversal(payment));
  if (kept.length <= payments.length - kept.length) return null;
  const claimLevel: Sums = new Map();
  const lines = new Map<number, LineSums>();
  let paidCents = 0;
  let patientResponsibilityCents = 0;
  let adjudicatedOn = "";
  let payerClaimNumber: string | null = null;
  for (const { payment, adjudicatedOn: on } of payments) {
    const reversal = isReversal(payment);
    paidCents += payment.paidCents;
    patientResponsibilityCents += payment.patientResponsibilityCents;
    if (!reversal) {
      adjudicatedOn = later(adjudicatedOn, on);
      payerClaimNumber = payment.payerClaimNumber ?? payerClaimNumber;
    }
    add(claimLevel, payment.adjustments);
    const matched = matchLines(payment.lines, claimLines);
    payment.lines.forEach((paid, i) => {
      const index = matched[i];
      if (index === null || index === undefined) return add(claimLevel, paid.adjustments);
      const line = lines.get(index) ?? {
        lineIndex: index,
        code: paid.code,
        modifiers: paid.modifiers,
        units: paid.units,
        paidCents: 0,
        adjustments: new Map<string, AdjudicatedAdjustment>(),
        adjudicatedOn: on,
      };
      line.paidCents += paid.paidCents;
      add(line.adjustments, paid.adjustments);
      if (!reversal)
        Object.assign(line, {
          code: paid.code,
          modifiers: paid.modifiers,
          units: paid.units,
          adjudicatedOn: later(line.adjudicatedOn, on),
        });
      lines.set(index, line);
    });
  }
  return {
    paidCents,
    adjustments: standing(claimLevel),
    patientResponsibilityCents,
    payerClaimNumber,
    adjudicatedOn,
    lines: [...lines.values()]
      .map((line) => ({ ...line, adjustments: standing(line.adjustments) }))
      .filter((line) => line.paidCents !== 0 || line.adjustments.length > 0)
      .sort((a, b) => a.lineIndex - b.lineIndex),
  };
}
