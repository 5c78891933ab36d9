import { z } from "zod";

import { assertWholeNumber, assertWithin } from "./guards";
import { daysBetween, formatLocalDate, parseLocalDate } from "./local-date";

/** A COPM-style score: 1 (cannot do it, not at all satisfied) to 10 (does it very well, fully satisfied). */
export const CopmScore = z
  .number()
  .int("Use a whole number from 1 to 10")
  .min(1, "Use a score from 1 to 10")
  .max(10, "Use a score from 1 to 10");
export type CopmScore = z.infer<typeof CopmScore>;

export const CheckInGoal = z.object({
  goalId: z.string().trim().min(1),
  performance: CopmScore,
  satisfaction: CopmScore,
});
export type CheckInGoal = z.infer<typeof CheckInGoal>;

/** A parent-rated check-in on the family's 3–5 goals (DOMAIN.md, "How progress is judged"). */
export const CheckIn = z.object({
  date: z.iso.date("Use a date like 2026-03-02"),
  goals: z
    .array(CheckInGoal)
    .min(3, "Rate at least 3 goals")
    .max(5, "Rate at most 5 goals")
    .refine((goals) => new Set(goals.map((g) => g.goalId)).size === goals.length, {
      message: "Rate each goal once",
    }),
});
export type CheckIn = z.infer<typeof CheckIn>;

/** Review points, in weeks from the program's start (DOMAIN.md). */
export const CHECK_IN_WEEKS = [4, 8, 12] as const;
export type CheckInWeek = (typeof CHECK_IN_WEEKS)[number];

export const CHECK_IN_DUE_STATUSES = ["upcoming", "due", "overdue", "done"] as const;
export const CheckInDueStatus = z.enum(CHECK_IN_DUE_STATUSES);
export type CheckInDueStatus = z.infer<typeof CheckInDueStatus>;

export type CheckInDue = { week: CheckInWeek; dueDate: string; status: CheckInDueStatus };

const DUE_FOR_DAYS = 7;

/**
 * The 4-, 8- and 12-week check-ins of a program: each is due for 7 days from its due date and
 * overdue after that until done.
 */
export function listCheckInsDue(input: {
  start: string;
  today: string;
  completedWeeks: readonly number[];
}): CheckInDue[] {
  const start = parseLocalDate("start", input.start);
  const today = parseLocalDate("today", input.today);
  input.completedWeeks.forEach((week, i) => {
    if (!(CHECK_IN_WEEKS as readonly number[]).includes(week))
      throw new RangeError(`completedWeeks[${i}] must be 4, 8 or 12 (got ${week})`);
  });
  return CHECK_IN_WEEKS.map((week) => {
    const due = start.plus({ weeks: week });
    const daysLate = daysBetween(due, today);
    const status: CheckInDueStatus = input.completedWeeks.includes(week)
      ? "done"
      : daysLate < 0
        ? "upcoming"
        : daysLate < DUE_FOR_DAYS
          ? "due"
          : "overdue";
    return { week, dueDate: formatLocalDate(due), status };
  });
}

/** COPM: a change of 2 points or more is clinically meaningful. */
export const MEANINGFUL_CHANGE = 2;

export type ScoreChange = {
  from: number;
  to: number;
  delta: number;
  direction: "up" | "down" | "same";
  meaningful: boolean;
};

export type GoalComparison = {
  performance: ScoreChange;
  satisfaction: ScoreChange;
};

export type GoalChange = {
  goalId: string;
  /** Null when the goal was not rated in that check-in (a goal added since). */
  sincePrevious: GoalComparison | null;
  sinceBaseline: GoalComparison | null;
};

function assertScores(field: string, checkIn: CheckIn | undefined): void {
  checkIn?.goals.forEach((goal, i) => {
    for (const scale of ["performance", "satisfaction"] as const) {
      assertWholeNumber(`${field}.goals[${i}].${scale}`, goal[scale], 1);
      assertWithin(`${field}.goals[${i}].${scale}`, goal[scale], 1, 10);
    }
  });
}

function changeOf(from: number, to: number): ScoreChange {
  const delta = to - from;
  return {
    from,
    to,
    delta,
    direction: delta > 0 ? "up" : delta < 0 ? "down" : "same",
    meaningful: Math.abs(delta) >= MEANINGFUL_CHANGE,
  };
}

function compareGoal(goal: CheckInGoal, earlier: CheckIn | undefined): GoalComparison | null {
  const before = earlier?.goals.find((g) => g.goalId === goal.goalId);
  if (!before) return null;
  return {
    performance: changeOf(before.performance, goal.performance),
    satisfaction: changeOf(before.satisfaction, goal.satisfaction),
  };
}

/**
 * Each goal of a check-in against the previous check-in and the first one (the baseline). Leave
 * both out for the first check-in.
 */
export function compareCheckIns(input: {
  checkIn: CheckIn;
  previous?: CheckIn;
  baseline?: CheckIn;
}): GoalChange[] {
  for (const name of ["checkIn", "previous", "baseline"] as const) assertScores(name, input[name]);
  return input.checkIn.goals.map((goal) => ({
    goalId: goal.goalId,
    sincePrevious: compareGoal(goal, input.previous),
    sinceBaseline: compareGoal(goal, input.baseline),
  }));
}

/** Whether a check-in shows a meaningful gain in performance on any goal over the one before it. */
export function showsPerformanceGain(checkIn: CheckIn, previous: CheckIn): boolean {
  return compareCheckIns({ checkIn, previous }).some(
    (goal) =>
      goal.sincePrevious?.performance.direction === "up" &&
      goal.sincePrevious.performance.meaningful,
  );
}
