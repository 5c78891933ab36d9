import { z } from "zod";

import { UsState } from "@carryover/domain/people";

export const CreateSeriesInput = z
  .object({
    childId: z.uuid("Choose a child"),
    therapistId: z.uuid("Choose a therapist"),
    sessionTypeId: z.uuid("Choose a session type"),
    childLocationState: UsState.nullable().default(null),
    firstDate: z.iso.date("Use a date like 2027-01-04"),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 16:00 (24-hour clock)"),
    intervalWeeks: z
      .number()
      .int()
      .min(1, "Repeat at least every week")
      .max(4, "Repeat at least every 4 weeks"),
    weekdays: z.array(z.number().int().min(1).max(7)).min(1, "Choose at least one weekday").max(7),
    count: z.number().int().min(1).max(52, "Book at most 52 sessions at once").optional(),
    until: z.iso.date("Use a date like 2027-06-30").optional(),
    mode: z.enum(["all", "free"]).default("all"),
  })
  .refine((s) => (s.count === undefined) !== (s.until === undefined), {
    message: "Give either the number of sessions or an end date",
    path: ["count"],
  });

export const CreateSeriesResult = z.object({
  seriesId: z.uuid().nullable(),
  booked: z.array(z.date()),
  skipped: z.array(z.date()),
});
