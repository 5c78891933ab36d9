import { isCalendarDate } from "../scheduling/calendar-date";

/*
 * ASC X12's values and segments as every transaction set writes them: elements separated by `*`,
 * components by `:`, repetitions by `^`, each segment ending with `~`.
 */

export type Segment = (string | number)[];

/** Free text as X12 takes it: upper case, no delimiter, single spaces. */
export function x12Text(value: string): string {
  return value
    .toUpperCase()
    .replace(/[*~:^\r\n]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A calendar day as X12 writes it (CCYYMMDD); anything else throws, naming `field`. */
export const x12Date = (date: string, field: string) => {
  if (!isCalendarDate(date)) throw new RangeError(`${field} must be a date written YYYY-MM-DD`);
  return date.replaceAll("-", "");
};
/** Only the digits: a phone, a ZIP or a tax id as X12 takes them. */
export const x12Digits = (value: string) => value.replace(/\D/g, "");
/** Text in a fixed-width element (the ISA envelope's), cut or padded with spaces. */
export const x12Padded = (value: string, width: number) =>
  x12Text(value).slice(0, width).padEnd(width, " ");

/** Dollars as X12's decimal type writes them: no trailing zeros after the point. */
export function x12Amount(cents: number): string {
  if (!Number.isInteger(cents) || cents < 0)
    throw new RangeError(`An amount must be a whole number of cents, 0 or more (got ${cents})`);
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

/** Signed dollars, as the 835 writes reversals and recoupments: "-84.2". */
export const x12SignedAmount = (cents: number) =>
  cents < 0 ? `-${x12Amount(-cents)}` : x12Amount(cents);

/** X12 leaves out empty elements at a segment's end. */
function trimTrailing(segment: Segment): Segment {
  let end = segment.length;
  while (end > 1 && segment[end - 1] === "") end--;
  return segment.slice(0, end);
}

/** A segment's text: its elements joined, the empty ones at its end left out, then `~`. */
export const segmentText = (segment: Segment) => `${trimTrailing(segment).join("*")}~`;
