import { z } from "zod";

import { calendarDate } from "../bounds";
import type { Modality, SessionKind } from "./rules";

const Clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
  error: (issue) => (issue.input ? "Use a time like 09:00 (24-hour clock)" : "Enter a time"),
});

export const TimeRange = z
  .object({ start: Clock, end: Clock })
  .refine((r) => r.start < r.end, { message: "The end must be after the start", path: ["end"] });
export type TimeRange = z.infer<typeof TimeRange>;

function overlapping(ranges: readonly TimeRange[]): boolean {
  const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
  return sorted.some((range, i) => i > 0 && range.start < (sorted[i - 1] as TimeRange).end);
}

/** An ISO weekday, Monday 1 to Sunday 7, parsed to the `Weekday` the slot engine takes. */
export const IsoWeekday = z
  .number()
  .int()
  .min(1)
  .max(7)
  .pipe(z.literal([1, 2, 3, 4, 5, 6, 7]));

export const WeeklyAvailability = z
  .array(TimeRange.extend({ weekday: IsoWeekday }))
  .max(70)
  .refine(
    (rules) =>
      [1, 2, 3, 4, 5, 6, 7].every((d) => !overlapping(rules.filter((r) => r.weekday === d))),
    {
      message: "Two time ranges on the same day overlap; merge them into one",
    },
  );

export const AvailabilityOverride = z.object({
  date: calendarDate({
    error: (issue) => (issue.input ? "Use a date like 2026-12-24" : "Enter a date"),
  }),
  ranges: z
    .array(TimeRange)
    .max(10)
    .refine((ranges) => !overlapping(ranges), { message: "Two time ranges on this date overlap" }),
});

type DefaultSessionType = {
  name: string;
  kind: SessionKind;
  durationMinutes: number;
  modality: Modality;
  capacity: number;
  bufferAfterMinutes: number;
};

/** The session types a clinic starts with (DOMAIN.md, "Scheduling facts"); clinics change them. */
export const DEFAULT_SESSION_TYPES: DefaultSessionType[] = [
  {
    name: "Parent coaching session",
    kind: "coaching",
    durationMinutes: 45,
    modality: "telehealth",
    capacity: 1,
    bufferAfterMinutes: 15,
  },
  {
    name: "Evaluation",
    kind: "evaluation",
    durationMinutes: 60,
    modality: "clinic",
    capacity: 1,
    bufferAfterMinutes: 15,
  },
  {
    name: "Group session",
    kind: "group",
    durationMinutes: 60,
    modality: "telehealth",
    capacity: 6,
    bufferAfterMinutes: 15,
  },
  {
    name: "Re-evaluation",
    kind: "re_evaluation",
    durationMinutes: 30,
    modality: "telehealth",
    capacity: 1,
    bufferAfterMinutes: 10,
  },
];
