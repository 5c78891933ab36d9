/** A calendar month written "YYYY-MM", 2026-03, of the years a clinic's records can hold. */
export const MONTH_PATTERN = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;
export const isMonth = (value: string) => MONTH_PATTERN.test(value);

/** The most months one report reads at once: three years. */
export const MAX_REPORT_MONTHS = 36;

const indexOf = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;

/** The month of a calendar date: "2026-03-14" → "2026-03". */
export const monthOf = (date: string) => date.slice(0, 7);

/** A month moved by whole months: ("2026-01", -2) → "2025-11". */
export const addMonths = (month: string, months: number) => monthAt(indexOf(month) + months);

/** Every month from `from` to `to`, both included, oldest first; none when `from` is later. */
export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  for (let index = indexOf(from); index <= indexOf(to); index++) months.push(monthAt(index));
  return months;
}

/** The first day of a month: "2026-03" → "2026-03-01". */
export const firstDayOf = (month: string) => `${month}-01`;

export type MonthRange = {
  from: string;
  to: string;
  /** Every month of the range, oldest first. */
  months: string[];
  /** The range as days: its first day, and the first day after it. */
  since: string;
  before: string;
};

export type MonthRangeRefusal = { ok: false; reason: "NOT_A_MONTH" | "REVERSED" | "TOO_LONG" };

/**
 * A report's months: the ones asked for, or the last `defaultMonths` up to the clinic's current
 * month. Only `from` given runs to the current month (or to `from`, when that is later); only `to`
 * given reaches back `defaultMonths`. At most MAX_REPORT_MONTHS.
 */
export function resolveMonthRange(
  asked: { from?: string | undefined; to?: string | undefined },
  today: string,
  defaultMonths: number,
): ({ ok: true } & MonthRange) | MonthRangeRefusal {
  if (
    (asked.from !== undefined && !isMonth(asked.from)) ||
    (asked.to !== undefined && !isMonth(asked.to))
  )
    return { ok: false, reason: "NOT_A_MONTH" };
  const current = monthOf(today);
  const to = asked.to ?? (asked.from !== undefined && asked.from > current ? asked.from : current);
  const from = asked.from ?? addMonths(to, 1 - defaultMonths);
  if (from > to) return { ok: false, reason: "REVERSED" };
  const months = monthsFrom(from, to);
  if (months.length > MAX_REPORT_MONTHS) return { ok: false, reason: "TOO_LONG" };
  return {
    ok: true,
    from,
    to,
    months,
    since: firstDayOf(from),
    before: firstDayOf(addMonths(to, 1)),
  };
}

/** What is wrong with a range, in words a person can act on. */
export const MONTH_RANGE_WORDS: Record<MonthRangeRefusal["reason"], string> = {
  NOT_A_MONTH: "Choose each month as a year and a month, such as 2026-03.",
  REVERSED: "The first month must not be after the last month. Swap them and try again.",
  TOO_LONG: `A report covers at most ${MAX_REPORT_MONTHS} months. Choose a shorter range.`,
};
