import { spokenDay } from "./coverage";
import { dollarsOfCents } from "./coverage-format";
import type { Adjustment, AdjustmentGroup, ClaimPayment } from "./remittance";

/*
 * A child's account has two parties: what insurance owes and what the family owes (DOMAIN.md,
 * "Families"). Entries are signed integer cents, positive when more is owed; a balance is their sum.
 */
export const LEDGER_PARTIES = ["insurance", "family"] as const;
export type LedgerParty = (typeof LEDGER_PARTIES)[number];

export const LEDGER_KINDS = [
  "charge",
  "insurance_payment",
  "adjustment",
  "transfer",
  "family_payment",
  "write_off",
  "refund",
  "fee",
  "fee_waiver",
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export type Posting = {
  party: LedgerParty;
  kind: LedgerKind;
  cents: number;
  lineIndex: number | null;
  group: AdjustmentGroup | null;
  reason: string | null;
};

/** PR moves the amount from insurance to the family; every other group takes it off insurance. */
/**
 * OA-23, "the impact of prior payer(s) adjudication": a secondary payer restating what the primary
 * paid and adjusted, which was posted when the primary's remittance was; posting it again would
 * take it off twice.
 */
const isPriorPayerImpact = ({ group, reason }: Adjustment) => group === "OA" && reason === "23";

function adjustmentPostings(adjustment: Adjustment, lineIndex: number | null): Posting[] {
  const { group, reason, cents } = adjustment;
  if (isPriorPayerImpact(adjustment)) return [];
  const off = { party: "insurance", cents: -cents, lineIndex, group, reason } as const;
  if (group !== "PR") return [{ ...off, kind: "adjustment" }];
  return [
    { ...off, kind: "transfer" },
    { party: "family", kind: "transfer", cents, lineIndex, group, reason },
  ];
}

const payment = (cents: number, lineIndex: number | null): Posting => ({
  party: "insurance",
  kind: "insurance_payment",
  cents: -cents,
  lineIndex,
  group: null,
  reason: null,
});

/**
 * What a claim payment posts, line by line (lineIndexes from matchLines; null where unmatched or
 * claim-level). A reversal (CLP02 22) carries its amounts negative, so the same rules undo the original.
 */
export function postingsOf(claimPayment: ClaimPayment, lineIndexes: (number | null)[]): Posting[] {
  const claimLevel = claimPayment.adjustments.flatMap((a) => adjustmentPostings(a, null));
  const lines =
    claimPayment.lines.length === 0
      ? [payment(claimPayment.paidCents, null)]
      : claimPayment.lines.flatMap((line, i) => {
          const lineIndex = lineIndexes[i] ?? null;
          return [
            payment(line.paidCents, lineIndex),
            ...line.adjustments.flatMap((a) => adjustmentPostings(a, lineIndex)),
          ];
        });
  return [...lines, ...claimLevel].filter((posting) => posting.cents !== 0);
}

/** The sum per party; never stored, always summed. */
export function balanceOf(entries: { party: LedgerParty; cents: number }[]) {
  const sum = (party: LedgerParty) =>
    entries.reduce((total, entry) => (entry.party === party ? total + entry.cents : total), 0);
  const insurance = sum("insurance");
  const family = sum("family");
  return { insurance, family, total: insurance + family };
}

/** Cents as a person reads them: 8420 → "$84.20", -500 → "-$5.00", 10000000 → "$100,000.00". */
export function dollars(cents: number): string {
  const digits = dollarsOfCents(Math.abs(cents)).replace(/\B(?=(\d{3})+\.)/g, ",");
  return `${cents < 0 ? "-" : ""}$${digits}`;
}

const MAX_FAMILY_PAYMENT_CENTS = 10_000_000;

/** Null when a family payment can be recorded; else why not. */
export function checkFamilyPayment(cents: number): string | null {
  if (!Number.isInteger(cents)) return "A payment must be in whole cents.";
  if (cents <= 0) return "A payment must be more than $0.00.";
  if (cents > MAX_FAMILY_PAYMENT_CENTS)
    return `A payment cannot be more than ${dollars(MAX_FAMILY_PAYMENT_CENTS)}.`;
  return null;
}

/** Null when the refund can be made; a family is never refunded more than it paid. */
export function checkRefund(cents: number, paidByFamilyCents: number): string | null {
  if (!Number.isInteger(cents)) return "A refund must be in whole cents.";
  if (cents <= 0) return "A refund must be more than $0.00.";
  if (cents > paidByFamilyCents)
    return `A refund cannot be more than the ${dollars(Math.max(paidByFamilyCents, 0))} the family paid.`;
  return null;
}

/** Null when a fee may be waived: once only. `waivedOn`: the day it was waived, if it was. */
export const checkFeeWaiver = (waivedOn: string | null) =>
  waivedOn === null ? null : `This fee was already waived on ${spokenDay(waivedOn)}.`;

/** Null when the write-off can be made; never more than the party owes. */
export function checkWriteOff(cents: number, owedCents: number, party: LedgerParty): string | null {
  const who = party === "family" ? "the family" : "insurance";
  if (owedCents <= 0) return `Nothing is owed by ${who} to write off.`;
  if (cents > owedCents)
    return `Write off at most ${dollars(owedCents)}: that is what ${who} owes.`;
  return null;
}
