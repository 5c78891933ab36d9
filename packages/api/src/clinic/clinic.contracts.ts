import { z } from "zod";

import {
  ClinicAddress,
  ClinicName,
  ClinicPhone,
  ClinicSettings,
  LOGO_TYPES,
  MAX_LOGO_BYTES,
  TimeZone,
} from "@carryover/domain/clinic";
import { TimeFormat } from "@carryover/domain/identity";
import { FormSettings } from "@carryover/domain/forms";
import { MessagingSettings } from "@carryover/domain/messaging";
import { ReminderOffsets } from "@carryover/domain/notices";

export const ClinicView = z.object({
  id: z.uuid(),
  name: z.string(),
  timeZone: z.string(),
  settings: ClinicSettings,
});

const IdleMinutes = z
  .number("Enter a number of minutes.")
  .int("Use whole minutes, for example 15.")
  .min(5, "Use at least 5 minutes.")
  .max(720, "Use at most 720 minutes (12 hours).");

/** Minutes a video room opens before a session or stays open after it. */
const WindowMinutes = (max: number) =>
  z
    .number("Use whole minutes, for example 10.")
    .int("Use whole minutes, for example 10.")
    .min(0, "Use whole minutes, for example 10.")
    .max(max, `Use at most ${max} minutes.`);

/** Hours after a visit before its unsigned note is listed as late. */
const UnsignedNoteLimitHours = z
  .number("Enter a number of hours, for example 24.")
  .int("Use whole hours, for example 24.")
  .min(1, "Use at least 1 hour.")
  .max(168, "Use at most 168 hours (one week).");

export const UpdateClinicInput = z.object({
  name: ClinicName,
  timeZone: TimeZone,
  settings: z.object({
    idleTimeoutMinutes: z.object({ staff: IdleMinutes, guardian: IdleMinutes }),
    therapistsSeeAllChildren: z.boolean(),
    /** Omitted: the clinic keeps its choice. */
    staffTwoFactorRequired: z.boolean().optional(),
    /** Omitted: the clinic keeps the reminders it has. */
    reminderOffsetsMinutes: ReminderOffsets.optional(),
    /** Omitted: the clinic keeps its choice. */
    guardiansApplyProgression: z.boolean().optional(),
    /** The clock of everyone who has not chosen their own. Omitted: the clinic keeps its clock. */
    timeFormat: TimeFormat.optional(),
    /** Omitted: the video sessions open and close as they do now. */
    joinWindow: z
      .object({
        openBeforeMinutes: WindowMinutes(120),
        closeAfterMinutes: WindowMinutes(240),
      })
      .optional(),
    /** Omitted: the clinic keeps its limit. */
    unsignedNoteLimitHours: UnsignedNoteLimitHours.optional(),
    /** Who may start a conversation, office hours and their automatic reply. Omitted: kept. */
    messaging: MessagingSettings.optional(),
    /** The forms sent by themselves when a first evaluation is booked. Omitted: kept. */
    forms: FormSettings.optional(),
  }),
});

export const Ok = z.object({ ok: z.literal(true) });

/** How families reach the clinic: shown in the lobby, on the family's pages and in notices. */
export const ClinicContact = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
});

/** An empty field removes the phone or the address. */
export const UpdateClinicContactInput = z.object({
  phone: z.union([z.literal("").transform(() => null), ClinicPhone]),
  address: z.union([z.literal("").transform(() => null), ClinicAddress]),
});

/** The clinic's logo, served from `src` to its own signed-in people. */
export const ClinicLogo = z.object({ contentType: z.enum(LOGO_TYPES), src: z.string() });

/** The image in base64, at most 200 kB once decoded; its type is read from its bytes. */
export const SetClinicLogoInput = z.object({
  image: z
    .base64("Choose a PNG or JPEG image.")
    .min(1, "Choose a PNG or JPEG image.")
    .max(
      Math.ceil(MAX_LOGO_BYTES / 3) * 4,
      `Choose an image of at most ${MAX_LOGO_BYTES / 1024} kB.`,
    ),
});

export type UpdateClinicInput = z.infer<typeof UpdateClinicInput>;
export type ClinicContact = z.infer<typeof ClinicContact>;
export type UpdateClinicContactInput = z.output<typeof UpdateClinicContactInput>;
export type ClinicLogo = z.infer<typeof ClinicLogo>;
export type SetClinicLogoInput = z.infer<typeof SetClinicLogoInput>;
