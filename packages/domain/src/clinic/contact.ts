import { z } from "zod";

import { withoutNul } from "../bounds";

/**
 * A phone number as people write it: digits with spaces, dots, dashes, brackets and a leading +;
 * 7 to 15 digits (E.164 allows at most 15). "(555) 010-2000", "+1 555 010 2000".
 */
export const ClinicPhone = z
  .string()
  .trim()
  .max(30, "Keep the phone number under 30 characters")
  .regex(/^\+?[0-9 ().-]+$/, "Use digits, spaces, brackets and dashes, like (555) 010-2000")
  .refine((v) => {
    const digits = v.replace(/\D/g, "").length;
    return digits >= 7 && digits <= 15;
  }, "A phone number has 7 to 15 digits");

/** The clinic's address, one line per line as it goes on an envelope: at most 4 lines. */
export const ClinicAddress = z
  .string()
  .trim()
  .max(300, "Keep the address under 300 characters")
  .check(withoutNul())
  .transform((v) =>
    v
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .join("\n"),
  )
  .refine((v) => v.split("\n").length <= 4, "Use at most 4 lines for the address");

/** "tel:+15550102000": the number a phone dials, from the number as written. */
export const telHref = (phone: string) =>
  `tel:${phone.trim().startsWith("+") ? "+" : ""}${phone.replace(/\D/g, "")}`;
