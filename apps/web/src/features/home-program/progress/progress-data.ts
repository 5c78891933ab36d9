import {
  chainAttempt,
  ladderTrials,
  PROMPT_LEVELS,
  type ActivityStructure,
  type PracticeEntry,
  type PromptLevel,
} from "@carryover/domain/home-program";
import {
  compareCheckIns,
  type CheckIn,
  type DoseStatus,
  type ScoreChange,
  type Suggestion,
} from "@carryover/domain/home-program/progression";

const DAY_MS = 86_400_000;

function utcDate(iso: string): Date {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The calendar date after a "YYYY-MM-DD" date. */
export function nextDay(iso: string): string {
  return new Date(utcDate(iso).getTime() + DAY_MS).toISOString().slice(0, 10);
}

/** practice.list reads [from, to): the program's start through today. */
export function practiceRange(startDate: string, today: string): { from: string; to: string } {
  return { from: startDate, to: nextDay(today) };
}

/** "the start" or "week 4", inside a sentence. */
export const weekName = (week: number) => (week === 0 ? "the start" : `week ${week}`);
/** "Start" or "Week 4", as a label. */
export const weekLabel = (week: number) => (week === 0 ? "Start" : `Week ${week}`);
/** Levels are stored from 0; families and therapists count them from 1. */
export const levelLabel = (level: number) => `Level ${level + 1}`;

type Log = { id: string; activityId: string; practisedOn: string; entry: PracticeEntry };

const oldestFirst = <T extends { practisedOn: string }>(logs: readonly T[]) =>
  [...logs].sort((a, b) => a.practisedOn.localeCompare(b.practisedOn));

export type LadderPoint = {
  id: string;
  date: string;
  level: number;
  successes: number;
  attempts: number;
  /** Whole percent of tries that succeeded without help. */
  rate: number;
};

/** One point per logged practice of a ladder activity, oldest first. */
export function ladderPoints(logs: readonly Log[], activityId: string): LadderPoint[] {
  return oldestFirst(logs).flatMap((log) => {
    if (log.activityId !== activityId || log.entry.kind !== "ladder") return [];
    const { successes, attempts } = ladderTrials(log.entry);
    return [
      {
        id: log.id,
        date: log.practisedOn,
        level: log.entry.level,
        successes,
        attempts,
        rate: Math.round((successes / attempts) * 100),
      },
    ];
  });
}

export type LevelStretch = { level: number; firstId: string; lastId: string; practices: number };

/** Runs of practices at one level, in order: where the level changed on the chart. */
export function levelStretches(points: readonly LadderPoint[]): LevelStretch[] {
  const stretches: LevelStretch[] = [];
  for (const point of points) {
    const last = stretches.at(-1);
    if (last && last.level === point.level) {
      last.lastId = point.id;
      last.practices += 1;
    } else {
      stretches.push({ level: point.level, firstId: point.id, lastId: point.id, practices: 1 });
    }
  }
  return stretches;
}

export const PROMPT_WORDS: Record<PromptLevel, string> = {
  physical: "hand-over-hand help",
  partial_physical: "a little hand help",
  model: "being shown",
  verbal: "a spoken reminder",
  independent: "no help",
};

export type ChainPoint = {
  id: string;
  date: string;
  /** Steps the child was doing alone: the chain's steps from `childFrom` to the end. */
  part: number;
  independent: boolean;
  /** The most support any step of the child's part needed; null when done alone. */
  mostHelp: PromptLevel | null;
  /** Steps of the child's part marked done. */
  done: number;
};

/** One point per logged attempt at a chain activity, oldest first. */
export function chainPoints(
  logs: readonly Log[],
  activityId: string,
  stepCount: number,
): ChainPoint[] {
  return oldestFirst(logs).flatMap((log) => {
    if (log.activityId !== activityId || log.entry.kind !== "chain") return [];
    const entry = log.entry;
    const { independent } = chainAttempt(entry);
    const mine = entry.steps.filter((s) => s.index >= entry.childFrom);
    const mostHelp = independent
      ? null
      : mine.reduce<PromptLevel | null>(
          (most, step) =>
            most === null || PROMPT_LEVELS.indexOf(step.prompt) < PROMPT_LEVELS.indexOf(most)
              ? step.prompt
              : most,
          null,
        );
    return [
      {
        id: log.id,
        date: log.practisedOn,
        part: Math.max(0, stepCount - entry.childFrom),
        independent,
        mostHelp,
        done: mine.filter((s) => s.done).length,
      },
    ];
  });
}

/** How an attempt went, in words: "Alone, no prompts" or "With a spoken reminder, 2 of 3 steps done". */
export function describeAttempt(point: ChainPoint): string {
  if (point.independent) return "Alone, no prompts";
  const unfinished = point.done < point.part ? `, ${point.done} of ${point.part} steps done` : "";
  if (point.mostHelp === null || point.mostHelp === "independent")
    return `Not finished${unfinished}`;
  return `With ${PROMPT_WORDS[point.mostHelp]}${unfinished}`;
}

export const stepsAlone = (part: number) =>
  part === 1 ? "the last step alone" : `the last ${part} steps alone`;

export const DOSE_STATUS_WORDS: Record<DoseStatus, string> = {
  met: "Met",
  partial: "Partly met",
  low: "Low",
};

export type RatedCheckIn = {
  week: number;
  submittedOn: string;
  ratings: readonly { goalId: string; performance: number; satisfaction: number }[];
};

export type GoalStep = {
  week: number;
  performance: number;
  satisfaction: number;
  /** Against the latest earlier check-in that rated this goal; null for its first rating. */
  since: { week: number; performance: ScoreChange; satisfaction: ScoreChange } | null;
};

/**
 * One goal's ratings check-in by check-in, each compared (by the domain's COPM rule: 2 points or
 * more is meaningful) with the latest earlier check-in that rated the goal.
 */
export function goalHistory(checkIns: readonly RatedCheckIn[], goalId: string): GoalStep[] {
  const steps: GoalStep[] = [];
  let previous: { week: number; checkIn: CheckIn } | null = null;
  for (const checkIn of [...checkIns].sort((a, b) => a.week - b.week)) {
    const rating = checkIn.ratings.find((r) => r.goalId === goalId);
    if (!rating) continue;
    const current: CheckIn = { date: checkIn.submittedOn, goals: [{ ...rating }] };
    const [change] = compareCheckIns({ checkIn: current, previous: previous?.checkIn });
    steps.push({
      week: checkIn.week,
      performance: rating.performance,
      satisfaction: rating.satisfaction,
      since:
        previous && change?.sincePrevious ? { week: previous.week, ...change.sincePrevious } : null,
    });
    previous = { week: checkIn.week, checkIn: current };
  }
  return steps;
}

export type GoalTrend = { goalId: string; words: string; steps: GoalStep[] };

/** Every goal rated so far, in the program's order, then any goal since taken out of it. */
export function checkInTrends(
  checkIns: readonly RatedCheckIn[],
  goals: readonly { id: string; familyWords: string }[],
): GoalTrend[] {
  const rated = new Set(checkIns.flatMap((c) => c.ratings.map((r) => r.goalId)));
  const known = new Set(goals.map((g) => g.id));
  const inProgram = goals
    .filter((g) => rated.has(g.id))
    .map((g) => ({ goalId: g.id, words: g.familyWords }));
  const removed = [...rated]
    .filter((id) => !known.has(id))
    .map((id) => ({ goalId: id, words: "A goal no longer in the program" }));
  return [...inProgram, ...removed].map((goal) => ({
    ...goal,
    steps: goalHistory(checkIns, goal.goalId),
  }));
}

/** "up 3 since week 4", "down 2 since the start", "no change since week 8". */
export function describeChange(change: ScoreChange, sinceWeek: number): string {
  const since = `since ${weekName(sinceWeek)}`;
  if (change.direction === "same") return `no change ${since}`;
  return `${change.direction} ${Math.abs(change.delta)} ${since}`;
}

const quoted = (title: string | undefined) => (title ? ` “${title}”` : "");

function ladderLevelTitle(structure: ActivityStructure | undefined, level: number) {
  return structure?.kind === "ladder" ? structure.levels[level]?.title : undefined;
}

function chainStepCount(structure: ActivityStructure | undefined) {
  return structure?.kind === "chain" ? structure.steps.length : null;
}

/** What the engine proposes, in words. */
export function describeSuggestion(
  suggestion: Suggestion,
  structure: ActivityStructure | undefined,
): string {
  if (suggestion.kind === "ladder") {
    const verb = suggestion.decision === "step_up" ? "Step up" : "Step back";
    const title = quoted(ladderLevelTitle(structure, suggestion.toLevel));
    return `${verb} from level ${suggestion.fromLevel + 1} to level ${suggestion.toLevel + 1}${title}.`;
  }
  if (suggestion.decision === "complete")
    return "The whole task is done alone: time to choose the next task.";
  const count = chainStepCount(structure);
  const step = structure?.kind === "chain" ? structure.steps[suggestion.toChildFrom]?.title : "";
  if (count === null) return "Take on the step before.";
  return `Take on one more step: ${stepsAlone(count - suggestion.toChildFrom)}, starting with${quoted(step)}.`;
}

/** Only a level change or one more step can be applied; a finished chain is the therapist's call. */
export function canApplySuggestion(suggestion: Suggestion): boolean {
  return suggestion.kind === "ladder" || suggestion.decision === "extend";
}

/** What the page says once a suggestion is applied: "Applied: now at level 3 “…”." */
export function appliedMessage(
  suggestion: Suggestion,
  structure: ActivityStructure | undefined,
): string {
  if (suggestion.kind === "ladder")
    return `Applied: now at level ${suggestion.toLevel + 1}${quoted(ladderLevelTitle(structure, suggestion.toLevel))}.`;
  if (suggestion.decision === "extend") {
    const count = chainStepCount(structure);
    return count === null
      ? "Applied: the child now takes on the step before."
      : `Applied: now doing ${stepsAlone(count - suggestion.toChildFrom)}.`;
  }
  return "Applied.";
}
