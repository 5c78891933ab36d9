export {
  ACTIONS,
  can,
  canInLiveSession,
  LIVE_SESSION_ACTIONS,
  reachOf,
  type Action,
  type LiveSessionAction,
  type Reach,
} from "./actions";
export {
  accessToActFor,
  canInvite,
  decideBooking,
  decideChildAccess,
  guardianMayBook,
  supervisesCareOf,
  type Actor,
  type BookingFacts,
  type ChildAccess,
  type ChildFacts,
  type InvitationRole,
} from "./child-access";
export {
  decideAppointmentAccess,
  decideAppointmentMove,
  decideGroupChange,
  decideScheduleChange,
  isLateCancellationBy,
  runsAppointment,
} from "./appointment-access";
export { RATE_LIMITS, rateLimitMessage, type RateLimit, type RateLimitName } from "./rate-limits";
