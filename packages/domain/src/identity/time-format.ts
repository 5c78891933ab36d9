import { z } from "zod";

/** How a clock time is written: "4:00 PM" or "16:00". */
export const TIME_FORMATS = ["12h", "24h"] as const;
export const TimeFormat = z.enum(TIME_FORMATS, "Choose 12-hour or 24-hour time");
export type TimeFormat = z.infer<typeof TimeFormat>;

/** A person's choice: a format of their own, or whatever their clinic uses. */
export const TIME_FORMAT_CHOICES = ["clinic", ...TIME_FORMATS] as const;
export const TimeFormatChoice = z.enum(
  TIME_FORMAT_CHOICES,
  "Choose 12-hour, 24-hour or the clinic's format",
);
export type TimeFormatChoice = z.infer<typeof TimeFormatChoice>;

/** The Intl hour cycle of a format. */
export type HourCycle = "h12" | "h23";

/** The format a person reads: their own choice, else the clinic's. */
export function resolveTimeFormat(
  choice: TimeFormatChoice | null | undefined,
  clinicFormat: TimeFormat,
): TimeFormat {
  return choice === "12h" || choice === "24h" ? choice : clinicFormat;
}

export const hourCycleOf = (format: TimeFormat): HourCycle => (format === "24h" ? "h23" : "h12");

/** The format a locale writes its clock in: "en-US" 12-hour, "en-GB" or "fr-FR" 24-hour. */
export function timeFormatOfLocale(locale: string): TimeFormat {
  try {
    const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions();
    return hourCycle === "h23" || hourCycle === "h24" ? "24h" : "12h";
  } catch {
    return "12h";
  }
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

/** A local "HH:mm" (a routine's time) as a person reads it: "3:40 PM" or "15:40". */
export function formatLocalTime(time: string, format: TimeFormat): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]) % 24;
  const minutes = match[2] ?? "00";
  if (format === "24h") return `${String(hours).padStart(2, "0")}:${minutes}`;
  const suffix = hours < 12 ? "AM" : "PM";
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${suffix}`;
}

/** "3:40–3:48 PM" or "15:40–15:48": a range of local times, its half of the day named once. */
export function formatLocalTimeRange(from: string, to: string, format: TimeFormat): string {
  const start = formatLocalTime(from, format);
  const end = formatLocalTime(to, format);
  if (format === "24h") return `${start}–${end}`;
  const [startClock, startHalf] = start.split(" ");
  const [, endHalf] = end.split(" ");
  return startHalf && startHalf === endHalf ? `${startClock}–${end}` : `${start}–${end}`;
}
