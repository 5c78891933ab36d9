import { formatCents } from "~/lib/money";

const MONTH = new Intl.DateTimeFormat("en-US", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** A report's month as a person reads it: "2026-03" → "Mar 2026". */
export const monthLabel = (month: string) => MONTH.format(new Date(`${month}-01T00:00:00Z`));

/** A month range in words: "Apr 2025 to Mar 2026", or one month alone. */
export const rangeWords = (range: { from: string; to: string }) =>
  range.from === range.to
    ? monthLabel(range.from)
    : `${monthLabel(range.from)} to ${monthLabel(range.to)}`;

/** Cents as dollars, a negative amount with a minus: -500 → "-$5.00". */
export const moneyWords = (cents: number) =>
  cents < 0 ? `-${formatCents(-cents)}` : formatCents(cents);

/** A whole percent, or a dash where there is nothing to divide: 45 → "45%". */
export const percentWords = (percent: number | null) =>
  percent === null ? "—" : `${String(percent)}%`;

/** Days to one decimal, or a dash where there are none: 1.5 → "1.5 days". */
export const daysWords = (days: number | null) =>
  days === null ? "—" : `${String(days)} ${days === 1 ? "day" : "days"}`;

/** A reason code as the reports name it: "CARC 197", or none given. */
export const reasonLabel = (code: string) => (code === "none" ? "No reason code" : `CARC ${code}`);

/** The collections report's figures, in its columns' order, with their headers. */
export const COLLECTION_HEADERS = [
  ["insurancePayments", "Insurance payments"],
  ["familyPayments", "Family payments"],
  ["contractualAdjustments", "Contractual adjustments"],
  ["otherAdjustments", "Other adjustments"],
  ["writeOffs", "Write-offs"],
  ["refunds", "Refunds"],
  ["netCollected", "Net collected"],
] as const;
