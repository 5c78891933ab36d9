import type { Queryable } from "@carryover/db";
import {
  findProgramByChild,
  listCheckIns,
  listPracticeLogs,
  listProgramActivities,
} from "@carryover/db/queries";
import {
  chainAttempt,
  ladderTrials,
  type ActivityStructure,
  type PracticeEntry,
} from "@carryover/domain/home-program";
import {
  compareCheckIns,
  evaluateChain,
  evaluateLadder,
  listWeeklyDoses,
  type CheckIn,
} from "@carryover/domain/home-program/progression";
import { localDateOf } from "@carryover/domain/scheduling";

import { practiceEntriesOf } from "../home-program/program-view";
import type { GoalEvidence } from "./goal.contracts";

type Evidence = typeof GoalEvidence._output;
type ActivityEvidence = Evidence["activities"][number];

const DOSE_WEEKS = 4;

/** The entries since the level or step last moved: the latest run that `belongs`, oldest first. */
function trailingRun<T>(entries: readonly T[], belongs: (entry: T) => boolean): T[] {
  const start = entries.findLastIndex((entry) => !belongs(entry)) + 1;
  return entries.slice(start);
}

function activityEvidence(
  activity: { id: string; title: string; structure: ActivityStructure },
  entries: readonly PracticeEntry[],
): ActivityEvidence {
  const { structure } = activity;
  if (structure.kind === "ladder") {
    const atLevel = trailingRun(
      entries.filter((e) => e.kind === "ladder"),
      (e) => e.level === structure.currentLevel,
    ).map((e) => ladderTrials(e));
    const { decision, reason } = evaluateLadder({ sessions: atLevel, rule: structure.rule });
    const recent = atLevel
      .filter((s) => s.attempts >= structure.rule.minAttempts)
      .slice(-structure.rule.stepUpSessions);
    const successes = recent.reduce((sum, s) => sum + s.successes, 0);
    const attempts = recent.reduce((sum, s) => sum + s.attempts, 0);
    return {
      kind: "ladder",
      activityId: activity.id,
      title: activity.title,
      level: structure.currentLevel,
      levelTitle: structure.levels[structure.currentLevel]?.title ?? "",
      levelCount: structure.levels.length,
      recentSessions: recent.length,
      successes,
      attempts,
      successRate: attempts > 0 ? successes / attempts : null,
      decision,
      reason,
    };
  }
  if (structure.kind === "chain") {
    const attempts = trailingRun(
      entries.filter((e) => e.kind === "chain"),
      (e) => e.childFrom === structure.childFrom,
    ).map((e) => chainAttempt(e));
    const { decision } = evaluateChain({
      stepCount: structure.steps.length,
      childFrom: structure.childFrom,
      attempts,
      rule: { masteryStreak: structure.masteryStreak },
    });
    return {
      kind: "chain",
      activityId: activity.id,
      title: activity.title,
      step: structure.childFrom,
      stepTitle: structure.steps[structure.childFrom]?.title ?? "",
      stepCount: structure.steps.length,
      decision,
    };
  }
  return { kind: structure.kind, activityId: activity.id, title: activity.title };
}

type StoredCheckIn = { week: number; submittedOn: string; ratings: CheckIn["goals"] };

function checkInEvidence(checkIns: readonly StoredCheckIn[], programGoalId: string) {
  const rated = checkIns.filter((c) => c.ratings.some((r) => r.goalId === programGoalId));
  const first = rated[0];
  const latest = rated.at(-1);
  if (!first || !latest) return null;
  const scoresOf = (c: StoredCheckIn) => {
    const rating = c.ratings.find((r) => r.goalId === programGoalId);
    return {
      week: c.week,
      submittedOn: c.submittedOn,
      performance: rating?.performance ?? 0,
      satisfaction: rating?.satisfaction ?? 0,
    };
  };
  const asCheckIn = (c: StoredCheckIn): CheckIn => ({ date: c.submittedOn, goals: c.ratings });
  const change =
    first === latest
      ? null
      : compareCheckIns({ checkIn: asCheckIn(latest), baseline: asCheckIn(first) }).find(
          (g) => g.goalId === programGoalId,
        )?.sinceBaseline;
  return {
    programGoalId,
    first: scoresOf(first),
    latest: scoresOf(latest),
    performance: change?.performance ?? null,
    satisfaction: change?.satisfaction ?? null,
  };
}

/**
 * Each goal's evidence from home, read in four statements whatever the number of goals: the child's
 * program, its activities, its practice log and its check-ins, judged by the progression engine.
 */
export async function loadGoalEvidence(
  q: Queryable,
  input: {
    childId: string;
    timeZone: string;
    now: Date;
    goals: readonly { id: string; programGoalId: string | null; activityIds: string[] }[];
  },
): Promise<Map<string, Evidence>> {
  const empty = (): Evidence => ({ activities: [], dose: [], checkIns: null });
  const linked = input.goals.some((g) => g.programGoalId !== null || g.activityIds.length > 0);
  const program = linked ? await findProgramByChild(q, input.childId) : undefined;
  if (!program) return new Map(input.goals.map((g) => [g.id, empty()]));
  const activityIds = [...new Set(input.goals.flatMap((g) => g.activityIds))];
  const [activities, logs, checkIns] = await Promise.all([
    listProgramActivities(q, program.id),
    listPracticeLogs(q, input.childId, { from: program.startDate }),
    listCheckIns(q, program.id),
  ]);
  const today = localDateOf(input.now, input.timeZone);
  const dose = listWeeklyDoses({
    prescription: { minutesPerDay: program.minutesPerDay, daysPerWeek: program.daysPerWeek },
    entries: logs.flatMap((l) => (l.minutes ? [{ date: l.practisedOn, minutes: l.minutes }] : [])),
    start: program.startDate,
    today,
  }).slice(-DOSE_WEEKS);
  const evidenceOf = new Map(
    activities
      .filter((a) => activityIds.includes(a.id))
      .map((a) => [
        a.id,
        activityEvidence(
          { id: a.id, title: a.content.title, structure: a.structure },
          practiceEntriesOf(logs.filter((l) => l.activityId === a.id)),
        ),
      ]),
  );
  return new Map(
    input.goals.map((goal) => {
      const isLinked = goal.programGoalId !== null || goal.activityIds.length > 0;
      if (!isLinked) return [goal.id, empty()];
      return [
        goal.id,
        {
          activities: goal.activityIds.flatMap((id) => {
            const found = evidenceOf.get(id);
            return found ? [found] : [];
          }),
          dose,
          checkIns: goal.programGoalId ? checkInEvidence(checkIns, goal.programGoalId) : null,
        },
      ];
    }),
  );
}
