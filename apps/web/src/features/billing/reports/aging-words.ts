import { formatCents } from "~/lib/money";

/** What an account owes, or the credit it holds: 1250 → "$12.50", -1250 → "Credit $12.50". */
export const owedWords = (cents: number) =>
  cents < 0 ? `Credit ${formatCents(-cents)}` : formatCents(cents);

/** A row's buckets added up. */
export const totalOf = (cents: readonly number[]) => cents.reduce((sum, each) => sum + each, 0);

/** A dollar axis tick, short: 0 → "$0", 450 → "$450", 1234 → "$1.2k", 2500000 → "$2.5M". */
export function dollarTick(dollars: number): string {
  const sign = dollars < 0 ? "-" : "";
  const size = Math.abs(dollars);
  const short = (value: number, unit: string) =>
    `${sign}$${String(Number(value.toFixed(1)))}${unit}`;
  if (size >= 1_000_000) return short(size / 1_000_000, "M");
  if (size >= 1_000) return short(size / 1_000, "k");
  return `${sign}$${String(Math.round(size))}`;
}

/** The chart in one sentence, for a screen reader: "Owed by age: 0–30 days $1,234.00, …". */
export function agingSummary(buckets: readonly string[], all: readonly number[]): string {
  const parts = buckets.map((bucket, index) => `${bucket} ${owedWords(all[index] ?? 0)}`);
  return `Owed by age: ${parts.join(", ")}; in all ${owedWords(totalOf(all))}.`;
}
