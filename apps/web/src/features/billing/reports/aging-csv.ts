import type { AgingReport } from "@carryover/api/contracts/report";
import { csvCell } from "@carryover/domain/audit";

import { totalOf } from "./aging-words";

/** Integer cents as a plain decimal a spreadsheet sums: 1250 → "12.50", -5 → "-0.05". */
export function plainDecimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const size = Math.abs(cents);
  return `${sign}${String(Math.floor(size / 100))}.${String(size % 100).padStart(2, "0")}`;
}

/** The report's file name, dated by the day it counts from. */
export const agingCsvFileName = (asOf: string) => `ar-aging-${asOf}.csv`;

/**
 * The A/R aging as CSV (RFC 4180): a row per payer, then per family, then the totals. Names are
 * quoted as needed and guarded against formulas (csvCell); amounts are plain decimals, a credit
 * negative, so a spreadsheet sums them.
 */
export function agingCsv(report: AgingReport): string {
  const row = (
    owedBy: string,
    name: string,
    buckets: readonly number[],
    total = totalOf(buckets),
  ) => [csvCell(owedBy), csvCell(name), ...buckets.map(plainDecimal), plainDecimal(total)];
  const rows = [
    ["Owed by", "Name", ...report.buckets, "Total"].map(csvCell),
    ...report.byPayer.map((payer) => row("Payer", payer.payerName, payer.buckets, payer.total)),
    ...report.byFamily.map((family) =>
      row("Family", family.childName, family.buckets, family.total),
    ),
    row("Total", "All payers", report.totals.insurance),
    row("Total", "All families", report.totals.family),
    row("Total", "Payers and families", report.totals.all),
  ];
  return rows.map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}
