import {
  goalHistory,
  type GoalStep,
  type RatedCheckIn,
} from "~/features/home-program/progress/progress-data";

export type CheckInWeek = 0 | 4 | 8 | 12;
export type Scale = "performance" | "satisfaction";
export const SCALES: readonly Scale[] = ["performance", "satisfaction"];

/** DOMAIN.md: families rate 3 to 5 of their goals. */
export const MIN_GOALS = 3;
export const MAX_GOALS = 5;

const isCheckInWeek = (week: number): week is CheckInWeek =>
  week === 0 || week === 4 || week === 8 || week === 12;

export type CheckInPlan =
  | { kind: "due"; week: CheckInWeek; dueDate: string | null; overdue: boolean }
  | { kind: "none"; next: { week: number; dueDate: string } | null };

type DueList = {
  checkInsDue: readonly { week: number; dueDate: string; status: string }[];
  checkIns: readonly { week: number }[];
};

/**
 * Which check-in the family fills in now: the first one due or overdue; before any check-in at all,
 * the baseline (week 0); otherwise none, and when the next one opens.
 */
export function planCheckIn(progress: DueList): CheckInPlan {
  const byWeek = [...progress.checkInsDue].sort((a, b) => a.week - b.week);
  const open = byWeek.find((c) => c.status === "due" || c.status === "overdue");
  if (open && isCheckInWeek(open.week))
    return {
      kind: "due",
      week: open.week,
      dueDate: open.dueDate,
      overdue: open.status === "overdue",
    };
  if (progress.checkIns.length === 0)
    return { kind: "due", week: 0, dueDate: null, overdue: false };
  const next = byWeek.find((c) => c.status === "upcoming");
  return { kind: "none", next: next ? { week: next.week, dueDate: next.dueDate } : null };
}

/**
 * The goals ticked when the form opens: all of them when there are 5 or fewer; otherwise the ones
 * rated last time (so the changes can be compared), or else the first 5.
 */
export function initialGoalChoice(
  goals: readonly { id: string }[],
  checkIns: readonly RatedCheckIn[],
): string[] {
  const ids = goals.map((g) => g.id);
  if (ids.length <= MAX_GOALS) return ids;
  const latest = [...checkIns].sort((a, b) => b.week - a.week)[0];
  const ratedLastTime = new Set(latest?.ratings.map((r) => r.goalId));
  const again = ids.filter((id) => ratedLastTime.has(id));
  return again.length >= MIN_GOALS ? again.slice(0, MAX_GOALS) : ids.slice(0, MAX_GOALS);
}

export type Scores = Partial<Record<string, Partial<Record<Scale, number>>>>;
export type RatingKey = `${string}.${Scale}`;

export const ratingKey = (goalId: string, scale: Scale): RatingKey => `${goalId}.${scale}`;

/** The form's rating a contract path names ("ratings.1.performance"), by the order they were sent. */
export function ratingKeyOfField(
  field: string | null,
  goalIds: readonly string[],
): RatingKey | null {
  const match = field ? /^ratings\.(\d+)\.(performance|satisfaction|goalId)$/.exec(field) : null;
  const goalId = match ? goalIds[Number(match[1])] : undefined;
  if (!match || goalId === undefined) return null;
  return ratingKey(goalId, match[2] === "satisfaction" ? "satisfaction" : "performance");
}

export type GoalResult = { goalId: string; latest: GoalStep };

/** Each rated goal as just sent, against the latest check-in before it that rated the goal. */
export function resultsOfCheckIn(
  earlier: readonly RatedCheckIn[],
  sent: RatedCheckIn,
): GoalResult[] {
  const all = [...earlier.filter((c) => c.week !== sent.week), sent];
  return sent.ratings.flatMap((rating) => {
    const latest = goalHistory(all, rating.goalId).find((step) => step.week === sent.week);
    return latest ? [{ goalId: rating.goalId, latest }] : [];
  });
}
