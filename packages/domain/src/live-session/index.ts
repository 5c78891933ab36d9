export {
  ADMISSION_STATES,
  AdmissionState,
  admissionOnRequest,
  grantsFor,
  LIVE_ROLES,
  LiveRole,
  liveRoleOf,
  TOKEN_TTL_SECONDS,
  type VideoGrant,
} from "./roles";
export {
  decideJoinWindow,
  decideTokenRequest,
  DEFAULT_JOIN_WINDOW,
  type JoinWindow,
  type JoinWindowDecision,
  type TokenDecision,
} from "./join-window";
export {
  attendanceByParticipant,
  sessionMinutes,
  type Attendance,
  type AttendanceSegment,
} from "./attendance";
export {
  commentingRatio,
  segmentSeconds,
  SESSION_SEGMENT_KINDS,
  SessionSegmentKind,
  type TimerSegment,
} from "./coaching";
export { MAX_BREAKOUT_ROOMS, splitIntoBreakouts } from "./breakouts";
