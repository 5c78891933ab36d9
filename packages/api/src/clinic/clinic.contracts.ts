import { z } from "zod";

import { ClinicName, ClinicSettings, TimeZone } from "@carryover/domain/clinic";
import { ReminderOffsets } from "@carryover/domain/notices";

export const ClinicView = z.object({
  id: z.uuid(),
  name: z.string(),
  timeZone: z.string(),
  settings: ClinicSettings,
});

const WholeMinutes = z
  .number()
  .int("Use whole minutes")
  .min(5, "Use at least 5 minutes")
  .max(720, "Use at most 720 minutes (12 hours)");

export const UpdateClinicInput = z.object({
  name: ClinicName,
  timeZone: TimeZone,
  settings: z.object({
    idleTimeoutMinutes: z.object({ staff: WholeMinutes, guardian: WholeMinutes }),
    therapistsSeeAllChildren: z.boolean(),
    /** Omitted: the clinic keeps the reminders it has. */
    reminderOffsetsMinutes: ReminderOffsets.optional(),
    /** Omitted: the clinic keeps its choice. */
    guardiansApplyProgression: z.boolean().optional(),
    /** Omitted: the video sessions open and close as they do now. */
    joinWindow: z
      .object({
        openBeforeMinutes: z.number().int().min(0).max(120, "Open at most 2 hours before"),
        closeAfterMinutes: z.number().int().min(0).max(240, "Close at most 4 hours after"),
      })
      .optional(),
  }),
});

export const Ok = z.object({ ok: z.literal(true) });

export type UpdateClinicInput = z.infer<typeof UpdateClinicInput>;
