export {
  generateSlots,
  type DateOverride,
  type GenerateSlotsInput,
  type Interval,
  type Weekday,
  type WeeklyHours,
} from "./slots";
export {
  APPOINTMENT_STATUSES,
  AppointmentStatus,
  checkBookingWindow,
  checkLicensure,
  isLateCancellation,
  Modality,
  MODALITIES,
  SESSION_KINDS,
  SessionKind,
  type BookingWindow,
} from "./rules";
export {
  AvailabilityOverride,
  DEFAULT_SESSION_TYPES,
  IsoWeekday,
  TimeRange,
  WeeklyAvailability,
} from "./availability";
export {
  expandWeeklySeries,
  MAX_SERIES_OCCURRENCES,
  seriesRule,
  type WeeklySeries,
} from "./series";
export {
  clashingDates,
  planSeriesDates,
  type PlannedSeriesDate,
  type SeriesDateStatus,
  type SeriesPlan,
} from "./series-plan";
export {
  onLocalClock,
  selectSeriesOccurrences,
  SERIES_SCOPES,
  shiftOnWallClock,
  type SeriesOccurrence,
  type SeriesScope,
} from "./series-changes";
export {
  addDays,
  availabilityIntervals,
  findRangeProblems,
  instantAt,
  isCalendarDate,
  mondayOf,
  startOfLocalDay,
  wallClockOf,
  weekdayOf,
  type RangeProblem,
} from "./calendar";
export { localDateOf } from "./local-time";
export {
  CANCELLED_BY,
  hasSummary,
  isStartingOrRunning,
  isUpcoming,
  sessionStateOf,
  type CancelledBy,
  type SessionFacts,
  type SessionState,
} from "./session-state";
export {
  CancellationPolicyText,
  checkSessionTypeChanges,
  SessionTypeChanges,
} from "./session-type-changes";
export {
  AgeRange,
  ageFit,
  describeAgeRange,
  GROUP_AGE_MAX_YEARS,
  GroupDetails,
  GroupName,
  GroupTopic,
  type AgeFit,
} from "./group";
