import { createRouter, signedInProcedure } from "../trpc/init";
import {
  CalendarFeedState,
  CreatedCalendarFeed,
  RevokedCalendarFeed,
} from "./calendar-feed.contracts";
import { createCalendarFeed } from "./create-calendar-feed";
import { getCalendarFeed } from "./get-calendar-feed";
import { revokeCalendarFeed } from "./revoke-calendar-feed";

export const calendarFeedRouter = createRouter({
  get: signedInProcedure.output(CalendarFeedState).query(({ ctx }) => getCalendarFeed(ctx)),
  create: signedInProcedure
    .output(CreatedCalendarFeed)
    .mutation(({ ctx }) => createCalendarFeed(ctx)),
  revoke: signedInProcedure
    .output(RevokedCalendarFeed)
    .mutation(({ ctx }) => revokeCalendarFeed(ctx)),
});
