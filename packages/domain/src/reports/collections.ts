import type { LedgerKind } from "../billing/remittance-postings";

/** The columns of the collections report, in its order. */
export const COLLECTION_COLUMNS = [
  "insurancePayments",
  "familyPayments",
  "contractualAdjustments",
  "otherAdjustments",
  "writeOffs",
  "refunds",
] as const;
export type CollectionColumn = (typeof COLLECTION_COLUMNS)[number];

/** One month's ledger entries of one kind, summed (signed cents, more owed positive). */
export type CollectionSum = {
  month: string;
  kind: LedgerKind;
  /** An adjustment under group CO: the payer's contracted rate. */
  contractual: boolean;
  cents: number;
};

export type CollectionMonth = Record<CollectionColumn, number> & {
  month: string;
  /** What came in and stayed: payments from payers and families, less refunds. */
  netCollected: number;
};

function columnOf(sum: CollectionSum): CollectionColumn | null {
  switch (sum.kind) {
    case "insurance_payment":
      return "insurancePayments";
    case "family_payment":
      return "familyPayments";
    case "adjustment":
      return sum.contractual ? "contractualAdjustments" : "otherAdjustments";
    case "write_off":
      return "writeOffs";
    case "refund":
      return "refunds";
    default:
      // Charges, transfers to the family and fees are what is owed, not what was collected.
      return null;
  }
}

const emptyMonth = (month: string): CollectionMonth => ({
  month,
  insurancePayments: 0,
  familyPayments: 0,
  contractualAdjustments: 0,
  otherAdjustments: 0,
  writeOffs: 0,
  refunds: 0,
  netCollected: 0,
});

/**
 * Collections and adjustments per month, as positive amounts: a payment or adjustment takes cents
 * off a balance (a negative entry), a refund gives them back (a positive one). A reversed payment
 * counts against the month it was reversed in. Every month of the range has a row, zero or not.
 */
export function collectionsByMonth(sums: CollectionSum[], months: readonly string[]) {
  const byMonth = new Map(months.map((month) => [month, emptyMonth(month)]));
  for (const sum of sums) {
    const column = columnOf(sum);
    const row = byMonth.get(sum.month);
    if (!column || !row) continue;
    row[column] += column === "refunds" ? sum.cents : -sum.cents;
  }
  const rows = [...byMonth.values()].map((row) => ({
    ...row,
    netCollected: row.insurancePayments + row.familyPayments - row.refunds,
  }));
  const totals = rows.reduce<CollectionMonth>((total, row) => {
    const next = { ...total };
    for (const column of [...COLLECTION_COLUMNS, "netCollected"] as const)
      next[column] += row[column];
    return next;
  }, emptyMonth("total"));
  return { months: rows, totals };
}
