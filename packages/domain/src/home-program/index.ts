export {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  Activity,
  ActivityContent,
  ActivityStatus,
  ActivityStructure,
  ChainStructure,
  DescriptiveCommentingStructure,
  LadderRule,
  LadderStructure,
  PROMPT_LEVELS,
  PromptLevel,
  REGULATION_CATEGORIES,
  RegulationCategory,
  Routine,
  RoutineAnchor,
  RoutinePracticeStructure,
  ROUTINES,
  SensoryDietStructure,
  type ActivityKind,
} from "./activity";
export { guardianMayChangeActivity } from "./guardian-edits";
export { describeActivityChange } from "./activity-changes";
export {
  chainAttempt,
  entryMatchesActivity,
  entryMinutes,
  ladderTrials,
  MOODS,
  PracticeEntry,
  PracticeLog,
} from "./practice-entry";
export {
  autoEndWords,
  COMMENT_TAPS,
  entryOfTaps,
  isTappedKind,
  LADDER_TAPS,
  LADDER_TARGET_TRIES,
  PRACTICE_PAUSE_MINUTES,
  PRACTICE_TAPS,
  practiceProgress,
  tapFits,
  targetTapsOf,
  type PracticeProgress,
  type PracticeTap,
} from "./practice-in-progress";
export { activeActivityWarning, MAX_SUGGESTED_ACTIVE, REVIEW_WEEKS } from "./program-rules";
export { isSameValue } from "./same-value";
export { commentRatio, meetsCommentTarget } from "./comment-ratio";
export {
  canGuardianEdit,
  GUARDIAN_EDITABLE,
  GuardianEditable,
  HomeProgram,
  LocalTime,
  PrescribedDose,
  ProgramGoal,
  RoutineTimes,
} from "./program";
export {
  regulationBlocksOn,
  regulationRemindersBetween,
  type RegulationBlock,
  type RegulationReminder,
} from "./sensory-diet";
export {
  DEFAULT_ROUTINE_TIMES,
  familyDay,
  isActivityDueOn,
  isPracticeDay,
  practiceWeekdays,
  ROUTINE_NAMES,
  routineTimeOf,
  type DayActivity,
  type FamilyDay,
  type FamilyDayMoment,
  type RegulationMoment,
  type RoutineMoment,
} from "./today";
export { detailActivityChange, detailSettingsChange, type ChangeDetail } from "./change-details";
