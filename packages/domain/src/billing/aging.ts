import type { LedgerParty } from "./remittance-postings";

/** Accounts receivable by age, from the visit (or, for an entry of no claim, its day). */
export const AGING_BUCKETS = [
  { label: "0–30 days", upTo: 30 },
  { label: "31–60 days", upTo: 60 },
  { label: "61–90 days", upTo: 90 },
  { label: "Over 90 days", upTo: Number.POSITIVE_INFINITY },
] as const;

/** The bucket (0 to 3) of a balance this many days old. */
export const agingBucketOf = (days: number) =>
  Math.max(
    0,
    AGING_BUCKETS.findIndex((bucket) => days <= bucket.upTo),
  );

/** An account's balance in each bucket, in cents: insurance's per payer, a family's per child. */
export type AgingAccount = {
  party: LedgerParty;
  /** The payer who owes it (insurance) or null (family). */
  payerId: string | null;
  /** The child whose family owes it (family); null (insurance). */
  childId: string | null;
  /** `ages[bucket]`: what is owed in each of AGING_BUCKETS. */
  ages: number[];
};

export type AgingLine = { key: string; buckets: number[]; total: number };

/**
 * Credits (a payment no claim explains, an overpayment) pay the oldest of the same account's
 * balances first: what is left in each bucket, never below zero unless nothing is owed at all.
 */
export function applyCreditsOldestFirst(buckets: readonly number[]): number[] {
  const owed = buckets.map((cents) => Math.max(cents, 0));
  let credit = -buckets.reduce((sum, cents) => sum + Math.min(cents, 0), 0);
  for (let index = owed.length - 1; index >= 0 && credit > 0; index--) {
    const paid = Math.min(owed[index] ?? 0, credit);
    owed[index] = (owed[index] ?? 0) - paid;
    credit -= paid;
  }
  // A credit beyond everything owed stays on the newest bucket, as a credit.
  if (credit > 0) owed[0] = (owed[0] ?? 0) - credit;
  return owed;
}

function linesBy(accounts: AgingAccount[], keyOf: (account: AgingAccount) => string): AgingLine[] {
  const byKey = new Map<string, number[]>();
  for (const account of accounts) {
    const key = keyOf(account);
    const buckets = byKey.get(key) ?? AGING_BUCKETS.map(() => 0);
    account.ages.forEach((cents, bucket) => (buckets[bucket] = (buckets[bucket] ?? 0) + cents));
    byKey.set(key, buckets);
  }
  return [...byKey].map(([key, sums]) => {
    const buckets = applyCreditsOldestFirst(sums);
    return { key, buckets, total: buckets.reduce((sum, cents) => sum + cents, 0) };
  });
}

const sumOf = (lines: AgingLine[]) =>
  AGING_BUCKETS.map((_, index) => lines.reduce((sum, line) => sum + (line.buckets[index] ?? 0), 0));

/**
 * The A/R aging: what each payer and each family (a child's account) owes, by age. Each account's
 * credits pay its oldest balances first; accounts that owe nothing are left out.
 */
export function agingOf(accounts: AgingAccount[]) {
  const owing = (lines: AgingLine[]) =>
    lines.filter((line) => line.total !== 0).sort((a, b) => b.total - a.total);
  const byPayer = owing(
    linesBy(
      accounts.filter((account) => account.party === "insurance"),
      (account) => account.payerId ?? "",
    ),
  );
  const byFamily = owing(
    linesBy(
      accounts.filter((account) => account.party === "family"),
      (account) => account.childId ?? "",
    ),
  );
  const insurance = sumOf(byPayer);
  const family = sumOf(byFamily);
  return {
    byPayer,
    byFamily,
    totals: {
      insurance,
      family,
      all: insurance.map((cents, index) => cents + (family[index] ?? 0)),
    },
  };
}

/** The A/R aging with its families named: what the report keeps and sends, less payers' names. */
export type NamedAging = {
  totals: ReturnType<typeof agingOf>["totals"];
  byPayer: { payerId: string; buckets: number[]; total: number }[];
  byFamily: { childId: string; childName: string; buckets: number[]; total: number }[];
};

/** `agingOf` the accounts, each family's line with its child's name. */
export function namedAgingOf(
  accounts: (AgingAccount & { childName: string | null })[],
): NamedAging {
  const names = new Map(accounts.map((account) => [account.childId, account.childName]));
  const { totals, byPayer, byFamily } = agingOf(accounts);
  return {
    totals,
    byPayer: byPayer.map(({ key, buckets, total }) => ({ payerId: key, buckets, total })),
    byFamily: byFamily.map(({ key, buckets, total }) => ({
      childId: key,
      childName: names.get(key) ?? "",
      buckets,
      total,
    })),
  };
}
