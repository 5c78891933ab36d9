import { createCalendarFeed } from "../services/calendar-feeds/create-calendar-feed";
import { getCalendarFeed } from "../services/calendar-feeds/get-calendar-feed";
import { revokeCalendarFeed } from "../services/calendar-feeds/revoke-calendar-feed";
import { createRouter, signedInProcedure } from "../trpc/init";
import {
  CalendarFeedState,
  CreatedCalendarFeed,
  RevokedCalendarFeed,
} from "./calendar-feed.contracts";

export const calendarFeedRouter = createRouter({
  get: signedInProcedure.output(CalendarFeedState).query(({ ctx }) => getCalendarFeed(ctx)),
  create: signedInProcedure
    .output(CreatedCalendarFeed)
    .mutation(({ ctx }) => createCalendarFeed(ctx)),
  revoke: signedInProcedure
    .output(RevokedCalendarFeed)
    .mutation(({ ctx }) => revokeCalendarFeed(ctx)),
});
