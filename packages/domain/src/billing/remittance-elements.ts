import { isCalendarDate } from "../scheduling/calendar-date";
import {
  ADJUSTMENT_GROUPS,
  centsOf,
  type AdjustmentGroup,
  type RemittanceProblem,
  type RemittanceSegment,
} from "./remittance";

/** An 835 segment's elements read one by one; a value that does not hold refuses the file with where it stands. */
export class Refusal extends Error {
  constructor(readonly problem: RemittanceProblem) {
    super(problem.message);
  }
}

/** A problem's message is a sentence: its period is added here. */
export const refuse = (segment: RemittanceSegment, message: string, tag = segment.tag) =>
  new Refusal({ tag, line: segment.line, position: segment.position, message: `${message}.` });

export const valueAt = (segment: RemittanceSegment, index: number) =>
  segment.elements[index]?.trim() ?? "";
/** "CLP04": the tag and the element's 1-based number, as the implementation guide names it. */
export const elementName = (segment: RemittanceSegment, index: number) =>
  `${segment.tag}${String(index + 1).padStart(2, "0")}`;
export const is = (segment: RemittanceSegment, tag: string, qualifier?: string) =>
  segment.tag === tag && (qualifier === undefined || valueAt(segment, 0) === qualifier);

export function amountAt(segment: RemittanceSegment, index: number, whenEmpty?: number): number {
  const value = valueAt(segment, index);
  if (value === "" && whenEmpty !== undefined) return whenEmpty;
  const cents = centsOf(value);
  if (cents === null)
    throw refuse(
      segment,
      `${elementName(segment, index)} must be an amount like 84.20; got '${value}'`,
    );
  return cents;
}

export function dateAt(segment: RemittanceSegment, index: number): string | null {
  const value = valueAt(segment, index);
  if (value === "") return null;
  const date = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}`;
  if (!/^\d{8}$/.test(value) || !isCalendarDate(date))
    throw refuse(
      segment,
      `${elementName(segment, index)} must be a date written CCYYMMDD; got '${value}'`,
    );
  return date;
}

export function requiredAt(segment: RemittanceSegment, index: number, what: string): string {
  const value = valueAt(segment, index);
  if (value === "") throw refuse(segment, `${elementName(segment, index)} must give ${what}`);
  return value;
}

export function quantityAt(segment: RemittanceSegment, index: number, whenEmpty: number | null) {
  const value = valueAt(segment, index);
  if (value === "") return whenEmpty;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(value))
    throw refuse(segment, `${elementName(segment, index)} must be a number; got '${value}'`);
  return Number(value);
}

export const isGroup = (value: string): value is AdjustmentGroup =>
  (ADJUSTMENT_GROUPS as readonly string[]).includes(value);
