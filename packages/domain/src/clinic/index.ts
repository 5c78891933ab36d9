import { z } from "zod";

import { withoutNul } from "../bounds";
import {
  resolveTimeFormat,
  timeFormatOfLocale,
  type TimeFormat,
  type TimeFormatChoice,
} from "../identity/time-format";
import { FormSettings } from "../forms/settings";
import { MessagingSettings } from "../messaging/settings";
import { DEFAULT_REMINDER_OFFSETS_MINUTES, ReminderOffsets } from "../notices";

export { US_STATES, UsState } from "./us-states";

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export const TimeZone = z
  .string()
  .refine(isValidTimeZone, "Choose a time zone such as America/Chicago");

export const ClinicName = z
  .string()
  .trim()
  .min(2, "Enter the clinic name")
  .max(120)
  .check(withoutNul());

/**
 * Defaults from the foundation issue: staff sign out after 15 idle minutes, guardians after 60.
 * Minutes may be fractional so tests can run a short timeout; the settings form takes whole minutes.
 */
export const ClinicSettings = z.object({
  idleTimeoutMinutes: z
    .object({
      staff: z.number().positive().max(720).default(15),
      guardian: z.number().positive().max(720).default(60),
    })
    .default({ staff: 15, guardian: 60 }),
  therapistsSeeAllChildren: z.boolean().default(false),
  /** The clinic's locale: its clock (12- or 24-hour) is everyone's who has not chosen their own. */
  locale: z.string().refine(isValidLocale, "Choose a locale such as en-US").default("en-US"),
  /**
   * Admins and therapists sign in with a second factor. Absent means a clinic that predates the setting;
   * a new clinic's row starts with it on (the `clinics.settings` column default), the demo clinics off.
   */
  staffTwoFactorRequired: z.boolean().default(false),
  /** Whether guardians with edit permission may apply a suggested level or step change themselves. */
  guardiansApplyProgression: z.boolean().default(false),
  /** Reminders before each session, in minutes (default 24 hours and 1 hour). */
  reminderOffsetsMinutes: ReminderOffsets.default(DEFAULT_REMINDER_OFFSETS_MINUTES),
  /** The clinic's cancellation policy in its own words, shown to families where they book and cancel. */
  cancellationPolicy: z.string().max(2000).default(""),
  /** Hours after a visit's end before its unsigned note is listed as late (issue 18). */
  unsignedNoteLimitHours: z.number().int().min(1).max(720).default(24),
  /** When a video session's page opens before its start and closes after its end. */
  joinWindow: z
    .object({
      openBeforeMinutes: z.number().int().min(0).max(120).default(10),
      closeAfterMinutes: z.number().int().min(0).max(240).default(30),
    })
    .default({ openBeforeMinutes: 10, closeAfterMinutes: 30 }),
  /** Who may start a conversation, office hours and their automatic reply (issue 21). */
  messaging: MessagingSettings.prefault({}),
  /** Which forms go to the family by themselves when a first evaluation is booked (issue 21). */
  forms: FormSettings.prefault({}),
});
export type ClinicSettings = z.infer<typeof ClinicSettings>;

function isValidLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}

/** The clock a clinic writes times in, from its locale. */
export const clinicTimeFormat = (settings: Pick<ClinicSettings, "locale">): TimeFormat =>
  timeFormatOfLocale(settings.locale);

/**
 * The locale a clinic keeps when its admin chooses a clock: its own locale when that already writes the
 * chosen clock (an "fr-FR" clinic choosing 24-hour stays "fr-FR"), else the usual one for the clock.
 */
export const localeForClock = (currentLocale: string, format: TimeFormat): string =>
  timeFormatOfLocale(currentLocale) === format
    ? currentLocale
    : format === "24h"
      ? "en-GB"
      : "en-US";

export const DEFAULT_CLINIC_SETTINGS: ClinicSettings = ClinicSettings.parse({});

export function parseClinicSettings(raw: unknown): ClinicSettings {
  const parsed = ClinicSettings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_CLINIC_SETTINGS;
}

export { ClinicAddress, ClinicPhone, telHref } from "./contact";

/** The clock a person reads: their own choice, else their clinic's (from its stored settings). */
export const personTimeFormat = (
  choice: TimeFormatChoice | null | undefined,
  rawClinicSettings: unknown,
): TimeFormat =>
  resolveTimeFormat(choice, clinicTimeFormat(parseClinicSettings(rawClinicSettings)));
export { LOGO_TYPES, logoRefusal, MAX_LOGO_BYTES, sniffLogoType, type LogoType } from "./logo";
