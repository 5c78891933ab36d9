import type { FamilyShare, StatementBody, StatementLine } from "./family-money-types";
import { dollars, type LedgerKind, type LedgerParty } from "./remittance-postings";

/** One entry of a child's account, with what ties it to a visit, an invoice or a missed session. */
export type AccountEntry = {
  party: LedgerParty;
  kind: LedgerKind;
  cents: number;
  claimId: string | null;
  invoiceId: string | null;
  appointmentId: string | null;
  groupCode: string | null;
  reasonCode: string | null;
  method: string | null;
  memo: string | null;
  /** A visit's day for a claim's entries; the day it was posted otherwise. */
  datedOn: string;
};

/** What the statement names things by: an invoice's number, a card payment's card. */
export type StatementNames = { invoiceNumbers: Map<string, number> };

/** The family's part of a visit, as a parent would say it (PR: patient responsibility, by CARC). */
export function shareWords(groupCode: string | null, reasonCode: string | null): string {
  if (groupCode !== "PR") return "left after your plans paid";
  if (reasonCode === "1") return "your deductible";
  if (reasonCode === "2") return "your coinsurance";
  if (reasonCode === "3") return "your copay";
  return "not covered by your plan";
}

const PAYMENT_METHOD_WORDS: Record<string, string> = {
  cash: "in cash",
  check: "by check",
  card_terminal: "by card at the clinic",
  card_online: "by card online",
};

function creditWords(entry: AccountEntry): string {
  if (entry.kind === "family_payment")
    return `Payment ${PAYMENT_METHOD_WORDS[entry.method ?? ""] ?? "received"}, thank you`;
  if (entry.kind === "refund") return "Refund to you";
  if (entry.kind === "write_off") return "Taken off your balance by the clinic";
  if (entry.kind === "fee_waiver") return "Fee waived";
  return entry.memo ?? "Charge";
}

const sum = (entries: AccountEntry[], keep: (e: AccountEntry) => boolean) =>
  entries.reduce((total, e) => (keep(e) ? total + e.cents : total), 0);

function sharesOf(entries: AccountEntry[]): FamilyShare[] {
  const byWords = new Map<string, number>();
  for (const e of entries)
    if (e.party === "family" && e.kind === "transfer") {
      const words = shareWords(e.groupCode, e.reasonCode);
      byWords.set(words, (byWords.get(words) ?? 0) + e.cents);
    }
  return [...byWords]
    .filter(([, cents]) => cents !== 0)
    .map(([words, cents]) => ({ words, cents }));
}

function visitLine(entries: AccountEntry[]): StatementLine {
  const insurance = (kind: LedgerKind) => (e: AccountEntry) =>
    e.party === "insurance" && e.kind === kind;
  return {
    kind: "visit",
    on: entries.reduce((day, e) => (e.datedOn < day ? e.datedOn : day), "9999-12-31"),
    description: "Therapy visit",
    chargedCents: sum(entries, insurance("charge")),
    planPaidCents: -sum(entries, insurance("insurance_payment")),
    planAdjustedCents: -sum(entries, insurance("adjustment")),
    planAnswered: entries.some((e) => e.party === "insurance" && e.kind !== "charge"),
    shares: sharesOf(entries),
    cents: sum(entries, (e) => e.party === "family"),
  };
}

function groupLine(
  key: string,
  first: AccountEntry,
  entries: AccountEntry[],
  names: StatementNames,
): StatementLine {
  const cents = sum(entries, () => true);
  if (key.startsWith("invoice:")) {
    const number = names.invoiceNumbers.get(key.slice("invoice:".length));
    const name = number === undefined ? "Invoice" : `Invoice ${number}`;
    const paid = -sum(entries, (e) => e.kind === "family_payment");
    const description =
      paid <= 0 ? name : cents <= 0 ? `${name} (paid)` : `${name} (${dollars(paid)} paid)`;
    return { kind: "invoice", on: first.datedOn, description, cents };
  }
  const fee = entries.find((e) => e.kind === "fee") ?? first;
  const description = fee.memo ?? "Missed-session fee";
  return {
    kind: "fee",
    on: fee.datedOn,
    description: cents === 0 ? `${description} (waived)` : description,
    cents,
  };
}

const keyOf = (e: AccountEntry) =>
  e.claimId
    ? `claim:${e.claimId}`
    : e.invoiceId
      ? `invoice:${e.invoiceId}`
      : e.appointmentId
        ? `session:${e.appointmentId}`
        : null;

/**
 * A family's statement from the child's account: each visit with a family share (what the plan
 * paid, what it took off, why the rest is the family's), each invoice and missed-session fee net of
 * what was paid against it, and every other payment or credit on its own. The lines sum to the balance.
 */
export function statementOf(entries: AccountEntry[], names: StatementNames): StatementBody {
  const groups = new Map<string, AccountEntry[]>();
  const loose: StatementLine[] = [];
  for (const e of entries) {
    const key = keyOf(e);
    if (key) groups.set(key, [...(groups.get(key) ?? []), e]);
    else if (e.party === "family")
      loose.push({
        kind: e.cents < 0 ? (e.kind === "family_payment" ? "payment" : "credit") : "fee",
        on: e.datedOn,
        description: creditWords(e),
        cents: e.cents,
      });
  }
  const grouped = [...groups].flatMap(([key, group]) => {
    const [first] = group;
    if (!first || !group.some((e) => e.party === "family")) return [];
    return [key.startsWith("claim:") ? visitLine(group) : groupLine(key, first, group, names)];
  });
  const lines = [...grouped, ...loose].sort((a, b) => a.on.localeCompare(b.on));
  return { lines, balanceCents: sum(entries, (e) => e.party === "family") };
}

const joinShares = (shares: FamilyShare[]) =>
  shares
    .map((share, i) => `${dollars(share.cents)} ${i === 0 ? "is " : ""}${share.words}`)
    .join(" and ");

/** A visit in one sentence: "Your plan paid $84.20; $20.00 is your copay." */
export function visitSentence(line: Extract<StatementLine, { kind: "visit" }>): string {
  if (!line.planAnswered && line.shares.length === 0)
    return "Sent to your plan; it has not answered yet.";
  const paid =
    line.planPaidCents > 0
      ? `Your plan paid ${dollars(line.planPaidCents)}`
      : "Your plan paid nothing for this visit";
  if (line.shares.length > 0) return `${paid}; ${joinShares(line.shares)}.`;
  return `${paid}.`;
}
