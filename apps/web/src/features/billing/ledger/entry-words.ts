import { PAYMENT_METHODS, type LedgerEntry } from "@carryover/api/contracts/ledger";
import type { LedgerParty } from "@carryover/domain/billing";

import { formatCents } from "~/lib/money";

type PaymentMethod = (typeof PAYMENT_METHODS)[number];
const isPaymentMethod = (method: string): method is PaymentMethod =>
  (PAYMENT_METHODS as readonly string[]).includes(method);

/** How a family paid at the desk, as an entry says it. */
export const METHOD_WORDS: Record<PaymentMethod, string> = {
  cash: "cash",
  check: "check",
  card_terminal: "card at the desk",
};

export const PARTY_WORDS: Record<LedgerParty, string> = {
  insurance: "Insurance",
  family: "Family",
};

type EntryFacts = Pick<
  LedgerEntry,
  | "kind"
  | "party"
  | "cents"
  | "code"
  | "controlNumber"
  | "groupCode"
  | "reasonCode"
  | "reasonWords"
  | "method"
  | "memo"
>;

/** "(CO-45)": an adjustment's group and reason code, as the remittance gave them. */
function codesOf({ groupCode, reasonCode }: EntryFacts) {
  const codes = [groupCode, reasonCode].filter(Boolean).join("-");
  return codes ? ` (${codes})` : "";
}

/** "Adjusted" with the payer's reason in words and codes: "Adjusted: <reason> (CO-45)". */
function withReason(what: string, entry: EntryFacts) {
  const reason = entry.reasonWords?.trim().replace(/\.$/, "");
  return `${what}${reason ? `: ${reason}` : ""}${codesOf(entry)}`;
}

const withMemo = (what: string, memo: string | null) => (memo ? `${what}: ${memo}` : what);

function chargeWords({ cents, code, controlNumber, memo }: EntryFacts) {
  // A charge taken off (a corrected claim replaced this one) says why in its memo.
  const what = cents < 0 && memo ? memo : code ? `Charged ${code}` : "Charged";
  return controlNumber ? `${what} (${controlNumber})` : what;
}

/**
 * A PR adjustment is two entries: off insurance, and onto the family with the payer's reason. A
 * transfer made by hand — what a payer left, billed to the secondary plan or moved to the family —
 * says what it did in its memo.
 */
function transferWords(entry: EntryFacts) {
  if (entry.memo) return entry.memo;
  const reversed = entry.party === "family" ? entry.cents < 0 : entry.cents > 0;
  if (entry.party === "insurance")
    return reversed ? "Moved back from the family" : "Moved to the family";
  return withReason(reversed ? "Taken back from the family" : "Moved to the family", entry);
}

/** What an entry on a child's account is, in words: "Charged 97530 (CO-001042)", "Plan paid". */
export function entryWords(entry: EntryFacts): string {
  switch (entry.kind) {
    case "charge":
      return chargeWords(entry);
    // A reversal (CLP02 22) posts the original's entries with the opposite sign.
    case "insurance_payment":
      return entry.cents > 0 ? "Plan payment reversed" : "Plan paid";
    case "adjustment":
      return withReason(entry.cents > 0 ? "Adjustment reversed" : "Adjusted", entry);
    case "transfer":
      return transferWords(entry);
    case "family_payment": {
      const { method } = entry;
      return method && isPaymentMethod(method)
        ? `Family paid (${METHOD_WORDS[method]})`
        : "Family paid";
    }
    case "refund":
      return "Refunded to the family";
    case "write_off":
      return withMemo("Written off", entry.memo);
    case "fee":
      return withMemo("Fee", entry.memo);
    case "fee_waiver":
      return withMemo("Fee waived", entry.memo);
  }
}

/**
 * Under an entry's words: its claim (a charge names it already), its note, who posted it —
 * "CO-001042", "“Paid at pickup” · by Dana Reyes".
 */
export function entryDetails(
  entry: Pick<LedgerEntry, "kind" | "controlNumber" | "memo" | "byName">,
): string | null {
  // A write-off's, fee's or taken-off charge's memo is in its words already.
  const noteShown = ["family_payment", "refund"].includes(entry.kind) && entry.memo;
  const parts = [
    entry.kind === "charge" ? null : entry.controlNumber,
    noteShown ? `“${entry.memo}”` : null,
    entry.byName ? `by ${entry.byName}` : null,
  ];
  const details = parts.filter(Boolean).join(" · ");
  return details || null;
}

/** An entry's amount with its sign: more owed "+$100.00", a payment "-$20.00". */
export const signedDollars = (cents: number) =>
  cents > 0 ? `+${formatCents(cents)}` : formatCents(cents);

/** A balance: what is owed, or a credit when more was paid than is owed ("Credit $5.00"). */
export const balanceWords = (cents: number) =>
  cents < 0 ? `Credit ${formatCents(-cents)}` : formatCents(cents);

/** Where a party stands after a posting: "Family owes $0.00.", "The family has a credit of $5.00." */
export function standingWords(party: LedgerParty, cents: number): string {
  if (cents < 0)
    return `${party === "family" ? "The family has" : "Insurance has"} a credit of ${formatCents(-cents)}.`;
  return `${PARTY_WORDS[party]} owes ${formatCents(cents)}.`;
}

type Balances = { insurance: number; family: number };

/** What the payment form says once the payment is on the account. */
export const paymentRecordedWords = (cents: number, balances: Balances) =>
  `Recorded ${formatCents(cents)} from the family. ${standingWords("family", balances.family)}`;

export const refundedWords = (cents: number, balances: Balances) =>
  `Refunded ${formatCents(cents)} to the family. ${standingWords("family", balances.family)}`;

export const writtenOffWords = (party: LedgerParty, cents: number, balances: Balances) =>
  `Wrote off ${formatCents(cents)} of ${party === "family" ? "the family's" : "insurance's"} balance. ${standingWords(party, balances[party])}`;
