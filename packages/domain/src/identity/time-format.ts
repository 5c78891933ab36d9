import { z } from "zod";

import { TIME_FORMATS } from "./clock";

export {
  TIME_FORMATS,
  formatLocalTime,
  formatLocalTimeRange,
  hourCycleOf,
  timeFormatOfLocale,
  type HourCycle,
} from "./clock";

/** How a clock time is written: "4:00 PM" or "16:00". */
export const TimeFormat = z.enum(TIME_FORMATS, "Choose 12-hour or 24-hour time");
export type TimeFormat = z.infer<typeof TimeFormat>;

/** A person's choice: a format of their own, or whatever their clinic uses. */
export const TIME_FORMAT_CHOICES = ["clinic", ...TIME_FORMATS] as const;
export const TimeFormatChoice = z.enum(
  TIME_FORMAT_CHOICES,
  "Choose 12-hour, 24-hour or the clinic's format",
);
export type TimeFormatChoice = z.infer<typeof TimeFormatChoice>;

/** The format a person reads: their own choice, else the clinic's. */
export function resolveTimeFormat(
  choice: TimeFormatChoice | null | undefined,
  clinicFormat: TimeFormat,
): TimeFormat {
  return choice === "12h" || choice === "24h" ? choice : clinicFormat;
}

/** A person may write their phone number as they like; it must hold 7 to 15 digits. */
export const PhoneNumber = z
  .string("Enter a phone number")
  .trim()
  .max(30, "Use at most 30 characters")
  .regex(/^\+?[\d\s().-]+$/, "Use digits, spaces, brackets, dots or dashes, e.g. (555) 201-3344")
  .refine((s) => {
    const digits = s.replace(/\D/g, "").length;
    return digits >= 7 && digits <= 15;
  }, "A phone number has 7 to 15 digits");
