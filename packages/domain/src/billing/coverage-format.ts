import { z } from "zod";

import { storableText } from "../bounds";

/**
 * What an insurance card, a payer and a fee schedule hold, as people type them and as a claim
 * needs them. Identifiers become segments of an X12 837P, so they are letters, digits and inner
 * hyphens only: a space, punctuation or one of X12's delimiters (* ~ : ^) would break the file.
 */
const IDENTIFIER = /^[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?$/;

/**
 * Trimmed and upper-cased, as payers print and read identifiers; bounded before any pattern. Cards
 * often print an id in groups, so spaces get a refusal of their own.
 */
const identifier = (what: string, min: number, max: number, message: string) =>
  storableText(200, message)
    .trim()
    .toUpperCase()
    .regex(/^\S*$/, {
      message: `Type the ${what} without spaces: letters and digits only`,
      abort: true,
    })
    .min(min, { message, abort: true })
    .max(max, { message, abort: true })
    .regex(IDENTIFIER, message);

/** Medicaid member ids run 8–14 letters and digits in most states; commercial ones up to about 20. */
export const MemberId = identifier(
  "member ID",
  3,
  20,
  "Enter the member ID as it appears on the card: letters and digits only, no spaces or symbols",
);

export const GroupNumber = identifier(
  "group number",
  1,
  30,
  "Enter the group number as it appears on the card: letters, digits and dashes only",
);

/** The id claims are addressed to (837P 2010BB NM109), from the payer's or clearinghouse's list. */
export const PayerIdentifier = identifier(
  "payer ID",
  2,
  15,
  "Enter the payer ID from the clearinghouse's list: 2 to 15 letters and digits, like BPP01",
);

/** A person's sex as a card and a claim state it (837P DMG03, CMS-1500 boxes 3 and 11a). */
export const SEXES = ["F", "M", "U"] as const;
export const Sex = z.enum(SEXES, "Choose female, male or not given");
export type Sex = z.infer<typeof Sex>;

/** A sex as stored (text): anything but F or M is not given. */
export const sexOf = (stored: string): Sex => (stored === "F" || stored === "M" ? stored : "U");

/** USPS codes of the 50 states, DC and the inhabited territories. */
export const US_STATES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
  "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
  "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
  "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI",
] as const; // prettier-ignore
export type UsState = (typeof US_STATES)[number];

const STATE_MESSAGE = "Enter the state as its 2-letter code, like IL";
export const UsStateCode = storableText(20, STATE_MESSAGE)
  .trim()
  .toUpperCase()
  .refine((code) => (US_STATES as readonly string[]).includes(code), STATE_MESSAGE);

const ZIP_MESSAGE = "Enter the ZIP code as 5 digits, or 9 like 62701-1234";
/** A ZIP or ZIP+4, kept as "62701" or "62701-1234". */
export const ZipCode = storableText(20, ZIP_MESSAGE)
  .trim()
  .regex(/^\d{5}(?:-?\d{4})?$/, ZIP_MESSAGE)
  .transform((zip) => (zip.length === 9 ? `${zip.slice(0, 5)}-${zip.slice(5)}` : zip));

const text = (max: number, what: string) =>
  storableText(max, `Keep the ${what} under ${max} characters`).trim().min(1, `Enter the ${what}`);

/** A mailing address: the payer's claims address, or where the subscriber and child live. */
export const PostalAddress = z.object({
  addressLine1: text(55, "street address"),
  city: text(30, "city"),
  state: UsStateCode,
  zip: ZipCode,
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** Charges stay under $100,000 a unit: integer cents, never a fraction. */
export const MAX_FEE_CENTS = 10_000_000;
export const FeeCents = z
  .int("Enter the amount in dollars and cents, like 150.00")
  .min(0, "Enter an amount of $0.00 or more")
  .max(MAX_FEE_CENTS, "Enter an amount up to $100,000.00");

/** A CPT code as the fee schedule keys it: 5 digits. */
const CODE_MESSAGE = "Enter the code as 5 digits, like 97530";
export const BillingCode = storableText(20, CODE_MESSAGE)
  .trim()
  .regex(/^\d{5}$/, CODE_MESSAGE);

/**
 * Dollars as typed ("150", "$1,250.5", "99.99") to integer cents; null for anything else (a third
 * decimal, letters, a minus sign). The bounds are FeeCents'.
 */
export function centsOfDollars(typed: string): number | null {
  const plain = typed
    .trim()
    .replace(/^\$/, "")
    .replace(/,(?=\d{3}(?:\D|$))/g, "");
  const match = /^(\d{0,9})(?:\.(\d{0,2}))?$/.exec(plain);
  if (!match || plain === "" || plain === ".") return null;
  const [, whole = "", fraction = ""] = match;
  return Number(whole || "0") * 100 + Number(fraction.padEnd(2, "0"));
}

/** Cents as the dollars a person would type back: 15000 → "150.00". */
export const dollarsOfCents = (cents: number) => (cents / 100).toFixed(2);

/** A member id as a family sees it on a screen: only its last 4 characters. */
export const maskMemberId = (memberId: string) =>
  memberId.length <= 4 ? memberId : `•••• ${memberId.slice(-4)}`;
