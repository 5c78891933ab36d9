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
export { activeActivityWarning, MAX_SUGGESTED_ACTIVE, REVIEW_WEEKS } from "./program-rules";
export { isSameValue } from "./same-value";
