import { z } from "zod";

import { Moment } from "@carryover/domain/bounds";
import { AvailabilityOverride, WeeklyAvailability } from "@carryover/domain/scheduling";

export const TherapistId = z.object({ therapistId: z.uuid("Choose a therapist") });

const Weekly = z.array(
  z.object({ weekday: z.number().int().min(1).max(7), start: z.string(), end: z.string() }),
);

export const Availability = z.object({
  therapistId: z.uuid(),
  timeZone: z.string(),
  weekly: Weekly,
  overrides: z.array(
    z.object({
      date: z.string(),
      ranges: z.array(z.object({ start: z.string(), end: z.string() })),
    }),
  ),
});

export const UpdateAvailabilityInput = TherapistId.extend({
  weekly: WeeklyAvailability,
  overrides: z
    .array(AvailabilityOverride)
    .max(366)
    .refine((o) => new Set(o.map((d) => d.date)).size === o.length, {
      message: "Each date can have one override",
    })
    .default([]),
});

export const SlotsInput = TherapistId.extend({
  sessionTypeId: z.uuid("Choose a session type"),
  from: Moment,
  to: Moment,
});

export const SlotsOutput = z.object({
  therapistTimeZone: z.string(),
  slots: z.array(z.object({ start: z.date(), end: z.date() })),
});

export const Ok = z.object({ ok: z.literal(true) });

export type TherapistId = z.infer<typeof TherapistId>;
export type UpdateAvailabilityInput = z.infer<typeof UpdateAvailabilityInput>;
export type SlotsInput = z.infer<typeof SlotsInput>;
