import { dateToDayMs, isCalendarDate } from "../scheduling/calendar-date";

/**
 * An authorization's burn-down (DOMAIN.md, "Billing flow"): what the payer approved over a date
 * range, what is billed, what is booked, and when it runs out at the booked pace. A payer's visit
 * limit per year is the same thing over the year. Dates are calendar days written YYYY-MM-DD.
 */
export type AuthorizationTerms = {
  counts: "visits" | "units";
  approved: number;
  startsOn: string;
  endsOn: string;
};

/** A booked session the authorization would pay for: its day and the visits or units it takes. */
export type BookedUse = { on: string; amount: number };

export type BurnDown = {
  used: number;
  /** Booked inside the range and still covered. */
  scheduled: number;
  /** Approved and not yet billed. */
  left: number;
  /** Left once what is booked is billed. */
  leftAfterBooked: number;
  /** The last day it pays for at the booked pace: the day it is used up, else its end date. */
  runsOutOn: string;
  runsOutBy: "exhausted" | "expiry";
  /** Booked sessions it will not pay for: past its end, or beyond what is left. */
  uncovered: BookedUse[];
  /** Days from today to `runsOutOn` (negative once past). */
  daysLeft: number;
  /** Time to renew: within 14 days of running out, or 3 visits or fewer left. */
  warn: boolean;
};

export const AUTHORIZATION_WARNING_DAYS = 14;
export const AUTHORIZATION_WARNING_VISITS = 3;

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((dateToDayMs(to) - dateToDayMs(from)) / DAY_MS);

function requireDay(field: string, value: string) {
  if (!isCalendarDate(value))
    throw new RangeError(`${field} must be a date written YYYY-MM-DD (got "${value}")`);
}

function requireCount(field: string, value: number) {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${field} must be a whole number, 0 or more (got ${value})`);
}

function requireValid(terms: AuthorizationTerms, used: number, booked: BookedUse[], today: string) {
  requireDay("startsOn", terms.startsOn);
  requireDay("endsOn", terms.endsOn);
  requireDay("today", today);
  if (terms.endsOn < terms.startsOn) throw new RangeError("endsOn must not be before startsOn");
  requireCount("approved", terms.approved);
  requireCount("used", used);
  for (const use of booked) {
    requireDay("a booking's day", use.on);
    requireCount("a booking's amount", use.amount);
  }
}

/** Where an authorization stands today, given what is billed against it and what is booked. */
export function burnDown(input: {
  terms: AuthorizationTerms;
  used: number;
  booked: BookedUse[];
  today: string;
}): BurnDown {
  const { terms, used, today } = input;
  requireValid(terms, used, input.booked, today);
  const left = Math.max(0, terms.approved - used);
  let remaining = left;
  let scheduled = 0;
  let exhaustedOn: string | null = left === 0 ? today : null;
  const uncovered: BookedUse[] = [];
  const booked = [...input.booked].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const use of booked) {
    const inRange = use.on >= terms.startsOn && use.on <= terms.endsOn;
    if (!inRange || use.amount > remaining) {
      uncovered.push(use);
      continue;
    }
    remaining -= use.amount;
    scheduled += use.amount;
    if (remaining === 0) exhaustedOn ??= use.on;
  }
  const runsOutBy = exhaustedOn !== null && exhaustedOn <= terms.endsOn ? "exhausted" : "expiry";
  const runsOutOn = runsOutBy === "exhausted" && exhaustedOn !== null ? exhaustedOn : terms.endsOn;
  const daysLeft = daysBetween(today, runsOutOn);
  return {
    used,
    scheduled,
    left,
    leftAfterBooked: remaining,
    runsOutOn,
    runsOutBy,
    uncovered,
    daysLeft,
    warn:
      daysLeft <= AUTHORIZATION_WARNING_DAYS ||
      (terms.counts === "visits" && left <= AUTHORIZATION_WARNING_VISITS),
  };
}

/**
 * Whether the authorization pays for one more session on `on` taking `amount`, after what is billed
 * and what is already booked up to that day: a booking it would not cover is warned about.
 */
export function coversBooking(input: {
  terms: AuthorizationTerms;
  used: number;
  booked: BookedUse[];
  on: string;
  amount: number;
}): boolean {
  const { terms, used, booked, on, amount } = input;
  requireValid(terms, used, booked, on);
  requireCount("amount", amount);
  if (on < terms.startsOn || on > terms.endsOn) return false;
  const bookedBefore = booked
    .filter((use) => use.on >= terms.startsOn && use.on <= on)
    .reduce((sum, use) => sum + use.amount, 0);
  return used + bookedBefore + amount <= terms.approved;
}
