import { z } from "zod";

import { calendarDate, Moment } from "@carryover/domain/bounds";
import { UsState } from "@carryover/domain/clinic";
import { IsoWeekday, SERIES_SCOPES } from "@carryover/domain/scheduling";

import { cancelReason } from "./booking.contracts";

/** A weekly pattern of one child's sessions: what series.preview and series.create share. */
const SeriesPattern = z.object({
  childId: z.uuid("Choose a child"),
  therapistId: z.uuid("Choose a therapist"),
  sessionTypeId: z.uuid("Choose a session type"),
  childLocationState: UsState.nullable().default(null),
  firstDate: calendarDate("Use a date like 2027-01-04"),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 16:00 (24-hour clock)"),
  intervalWeeks: z
    .number()
    .int()
    .min(1, "Repeat at least every week")
    .max(4, "Repeat at least every 4 weeks"),
  weekdays: z.array(IsoWeekday).min(1, "Choose at least one weekday").max(7),
  count: z
    .number("Give the number of sessions")
    .int("Give a whole number of sessions")
    .min(2, "A series has at least 2 sessions")
    .max(52, "Book at most 52 sessions at once")
    .optional(),
  until: calendarDate("Use a date like 2027-06-30").optional(),
});

const hasCountOrUntil = (s: { count?: number; until?: string }) =>
  (s.count === undefined) !== (s.until === undefined);
const countOrUntil = {
  message: "Give either the number of sessions or an end date",
  path: ["count"],
};

export const PreviewSeriesInput = SeriesPattern.refine(hasCountOrUntil, countOrUntil);

export const CreateSeriesInput = SeriesPattern.extend({
  /** all: book every date not skipped, or none; free: book the free dates and report the others. */
  mode: z.enum(["all", "free"]).default("all"),
  /** Dates of the series the person chose to leave out after seeing them clash. */
  skip: z.array(Moment).max(52, "Skip at most 52 dates").default([]),
}).refine(hasCountOrUntil, countOrUntil);

const ClashingSession = z.object({
  start: z.date(),
  end: z.date(),
  sessionTypeName: z.string(),
  /** First names of the children in it; empty when the caller may not see who they are. */
  childFirstNames: z.array(z.string()),
});

export const PreviewSeriesResult = z.object({
  dates: z.array(
    z.object({
      start: z.date(),
      end: z.date(),
      status: z.enum(["free", "taken", "unavailable"]),
      clashesWith: z.array(ClashingSession),
    }),
  ),
});

export const CreateSeriesResult = z.object({
  seriesId: z.uuid().nullable(),
  booked: z.array(z.date()),
  skipped: z.array(z.date()),
});

export const SeriesScope = z.enum(SERIES_SCOPES, "Choose this session, this and following, or all");

export const CancelSeriesInput = z.object({
  appointmentId: z.uuid("That session link is not valid"),
  scope: SeriesScope,
  reason: cancelReason("Tell the therapist briefly why, so they can plan"),
});

export const CancelSeriesResult = z.object({
  cancelled: z.array(z.object({ appointmentId: z.uuid(), start: z.date(), late: z.boolean() })),
});

export const RescheduleSeriesInput = z.object({
  appointmentId: z.uuid("That session link is not valid"),
  scope: SeriesScope,
  start: Moment,
});

export const RescheduleSeriesResult = z.object({
  moved: z.array(z.object({ appointmentId: z.uuid(), start: z.date(), end: z.date() })),
});

export type PreviewSeriesInput = z.infer<typeof PreviewSeriesInput>;
export type PreviewSeriesResult = z.infer<typeof PreviewSeriesResult>;
export type CreateSeriesInput = z.infer<typeof CreateSeriesInput>;
export type CreateSeriesResult = z.infer<typeof CreateSeriesResult>;
export type CancelSeriesInput = z.infer<typeof CancelSeriesInput>;
export type CancelSeriesResult = z.infer<typeof CancelSeriesResult>;
export type RescheduleSeriesInput = z.infer<typeof RescheduleSeriesInput>;
export type RescheduleSeriesResult = z.infer<typeof RescheduleSeriesResult>;
