import { z } from "zod";

import { PersonName } from "../identity";
import { PhoneNumber } from "../identity/time-format";

// CMS, "Requirements for National Provider Identifier (NPI) and NPI Enumeration": the check digit
// is the Luhn digit of the first 9 digits prefixed with the card issuer identifier 80840.
const NPI_PREFIX = "80840";

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[digits.length - 1 - i]);
    const doubled = i % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

/** Whether the string is exactly 10 digits whose last is the NPI check digit (no trimming). */
export function isValidNpi(value: string): boolean {
  return /^\d{10}$/.test(value) && passesLuhn(NPI_PREFIX + value);
}

/** The NPI whose first nine digits are `stem`: the stem and its check digit. */
export function npiWithCheckDigit(stem: string): string {
  if (!/^\d{9}$/.test(stem)) throw new RangeError("An NPI stem is 9 digits");
  for (let digit = 0; digit <= 9; digit++)
    if (isValidNpi(`${stem}${digit}`)) return `${stem}${digit}`;
  throw new RangeError(`no NPI check digit for ${stem}`);
}

/** A National Provider Identifier, e.g. "1234567893"; spaces around it are trimmed. */
export const Npi = z
  .string("Enter the 10-digit NPI")
  .trim()
  .regex(/^\d{10}$/, { message: "Enter the 10-digit NPI", abort: true })
  .refine(isValidNpi, "That NPI's check digit is wrong — check the number");
export type Npi = z.infer<typeof Npi>;

/** The physician who referred the child and signs the plan of care. */
export const ReferringPhysician = z.object({
  name: PersonName,
  npi: Npi,
  phone: PhoneNumber.optional(),
  fax: PhoneNumber.optional(),
});
export type ReferringPhysician = z.infer<typeof ReferringPhysician>;
