import { z } from "zod";

export const CalendarFeedState = z.object({ active: z.boolean(), createdAt: z.date().nullable() });

export const CreatedCalendarFeed = z.object({
  url: z.url(),
  createdAt: z.date(),
  replaced: z.boolean(),
});

export const RevokedCalendarFeed = z.object({ revoked: z.boolean() });
