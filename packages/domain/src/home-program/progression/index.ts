export {
  DEFAULT_LADDER_RULE,
  evaluateLadder,
  type LadderDecision,
  type LadderEvaluation,
  type LadderRuleSettings,
  type LadderSession,
} from "./ladder";
export {
  DEFAULT_MASTERY_STREAK,
  evaluateChain,
  type ChainAttempt,
  type ChainDecision,
  type ChainEvaluation,
} from "./chain";
export {
  DOSE_STATUSES,
  DoseStatus,
  listWeeklyDoses,
  measureWeeklyDose,
  type DosePrescription,
  type PracticeEntry,
  type WeeklyDose,
} from "./dose";
export {
  describeDoseGoal,
  describePractised,
  describePrescription,
  describeWeeklyDose,
} from "./dose-words";
export {
  CHECK_IN_DUE_STATUSES,
  CHECK_IN_WEEKS,
  CheckIn,
  CheckInDueStatus,
  CheckInGoal,
  compareCheckIns,
  CopmScore,
  listCheckInsDue,
  MEANINGFUL_CHANGE,
  showsPerformanceGain,
  type CheckInDue,
  type CheckInWeek,
  type GoalChange,
  type GoalComparison,
  type ScoreChange,
} from "./check-ins";
export { checkProgramReview, DEFAULT_REVIEW_AFTER_WEEKS, type ProgramReview } from "./review";
export { suggestProgression, type ProgressionStatus, type Suggestion } from "./suggest";
export {
  ATTENTION_REASONS,
  attentionReasons,
  rankForAttention,
  type AttentionFacts,
  type AttentionReason,
} from "./attention";
