import { accountRouter } from "./routers/account.router";
import { auditRouter } from "./routers/audit.router";
import { availabilityRouter } from "./routers/availability.router";
import { bookingRouter } from "./routers/booking.router";
import { calendarFeedRouter } from "./routers/calendar-feed.router";
import { childRouter } from "./routers/child.router";
import { clinicRouter } from "./routers/clinic.router";
import { groupRouter, waitlistRouter } from "./routers/group.router";
import { invitationRouter } from "./routers/invitation.router";
import { liveSessionRouter } from "./routers/live-session.router";
import { outboxRouter } from "./routers/outbox.router";
import { passwordResetRouter } from "./routers/password-reset.router";
import { checkInRouter, practiceRouter, progressionRouter } from "./routers/practice.router";
import { activityRouter, programRouter } from "./routers/program.router";
import { sessionTypeRouter, therapistRouter } from "./routers/scheduling.router";
import { seriesRouter } from "./routers/series.router";
import { staffRouter } from "./routers/staff.router";
import { templateRouter } from "./routers/template.router";
import { createRouter } from "./trpc/init";

export const appRouter = createRouter({
  account: accountRouter,
  child: childRouter,
  invitation: invitationRouter,
  passwordReset: passwordResetRouter,
  staff: staffRouter,
  clinic: clinicRouter,
  audit: auditRouter,
  outbox: outboxRouter,
  availability: availabilityRouter,
  sessionType: sessionTypeRouter,
  therapist: therapistRouter,
  booking: bookingRouter,
  group: groupRouter,
  waitlist: waitlistRouter,
  series: seriesRouter,
  calendarFeed: calendarFeedRouter,
  program: programRouter,
  activity: activityRouter,
  template: templateRouter,
  practice: practiceRouter,
  progression: progressionRouter,
  checkIn: checkInRouter,
  liveSession: liveSessionRouter,
});

export type AppRouter = typeof appRouter;
