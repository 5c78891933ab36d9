import { claimControlNumber } from "./claim";
import type { Adjustment, ClaimPayment, LinePayment } from "./remittance";

/*
 * Claim payments as a payer would send them for claims we sent: for the demo clinic's remittances
 * and for tests, which build 835s from real claims.
 */

type SentClaim = {
  number: number;
  serviceOn: string;
  lines: { code: string; modifiers: string[]; units: number; cents: number }[];
};

export const adjustment = (group: Adjustment["group"], reason: string, cents: number) => ({
  group,
  reason,
  cents,
  quantity: null,
});

/**
 * A payment of each of a claim's lines: the adjustments `adjust` gives a line (by its charge and
 * place), and the rest paid. Status 4 (denied) with adjustments taking the whole charge pays none.
 */
export function paymentFor(
  claim: SentClaim,
  status: string,
  adjust: (cents: number, index: number) => Adjustment[],
): ClaimPayment {
  const lines: LinePayment[] = claim.lines.map((line, index) => {
    const adjustments = adjust(line.cents, index);
    const off = adjustments.reduce((sum, a) => sum + a.cents, 0);
    return {
      code: line.code,
      modifiers: line.modifiers,
      chargedCents: line.cents,
      paidCents: line.cents - off,
      units: line.units,
      serviceDate: claim.serviceOn,
      adjustments,
      remarks: [],
    };
  });
  const sum = (pick: (line: LinePayment) => number) =>
    lines.reduce((total, line) => total + pick(line), 0);
  return {
    controlNumber: claimControlNumber(claim.number),
    status,
    chargedCents: sum((line) => line.chargedCents),
    paidCents: sum((line) => line.paidCents),
    patientResponsibilityCents: sum((line) =>
      line.adjustments.filter((a) => a.group === "PR").reduce((total, a) => total + a.cents, 0),
    ),
    payerClaimNumber: `PCN${claim.number}`,
    adjustments: [],
    lines,
    remarks: [],
    line: 0,
  };
}

/** What a payer sends to take a payment back (CLP02 22): the same payment, every amount negated. */
export function reversalOf(payment: ClaimPayment): ClaimPayment {
  const negated = (adjustments: Adjustment[]) =>
    adjustments.map((a) => ({ ...a, cents: -a.cents }));
  return {
    ...payment,
    status: "22",
    chargedCents: -payment.chargedCents,
    paidCents: -payment.paidCents,
    patientResponsibilityCents: -payment.patientResponsibilityCents,
    adjustments: negated(payment.adjustments),
    lines: payment.lines.map((line) => ({
      ...line,
      chargedCents: -line.chargedCents,
      paidCents: -line.paidCents,
      adjustments: negated(line.adjustments),
    })),
  };
}
