import type { Queryable } from "@carryover/db";
import {
  listCheckIns,
  listPracticeLogs,
  listProgramActivities,
  listRevisions,
  type findProgramByChild,
} from "@carryover/db/queries";
import {
  checkProgramReview,
  listCheckInsDue,
  listWeeklyDoses,
  suggestProgression,
} from "@carryover/domain/home-program/progression";
import { localDateOf } from "@carryover/domain/scheduling";

import { practiceEntriesOf } from "./program-view";

type Program = NonNullable<Awaited<ReturnType<typeof findProgramByChild>>>;

/**
 * How a program is going on `now`: per active activity what the engine suggests, the dose by week
 * against the prescription, the check-ins due, and whether the program needs review.
 */
export async function measureProgress(
  q: Queryable,
  program: Program,
  input: { childId: string; timeZone: string; now: Date },
) {
  const today = localDateOf(input.now, input.timeZone);
  const [activities, logs, checkIns, revisions] = await Promise.all([
    listProgramActivities(q, program.id),
    listPracticeLogs(q, input.childId, { from: program.startDate }),
    listCheckIns(q, program.id),
    listRevisions(q, program.id, 1000),
  ]);
  const advances = revisions
    .filter((r) => r.action === "progression.apply")
    .map((r) => localDateOf(r.at, input.timeZone));
  const entriesOf = (activityId: string) =>
    practiceEntriesOf(logs.filter((l) => l.activityId === activityId));
  const asCheckIn = (c: (typeof checkIns)[number]) => ({
    date: c.submittedOn,
    goals: c.ratings.map((r) => ({
      goalId: r.goalId,
      performance: r.performance,
      satisfaction: r.satisfaction,
    })),
  });
  return {
    today,
    activities: activities
      .filter((a) => a.status === "active")
      .map((a) => ({
        activityId: a.id,
        version: a.version,
        title: a.content.title,
        kind: a.kind,
        ...suggestProgression(a.structure, entriesOf(a.id)),
      })),
    dose: listWeeklyDoses({
      prescription: { minutesPerDay: program.minutesPerDay, daysPerWeek: program.daysPerWeek },
      entries: logs.flatMap((l) =>
        l.minutes ? [{ date: l.practisedOn, minutes: l.minutes }] : [],
      ),
      start: program.startDate,
      today,
    }),
    checkInsDue: listCheckInsDue({
      start: program.startDate,
      today,
      completedWeeks: checkIns.map((c) => c.week).filter((week) => week > 0),
    }),
    checkIns: checkIns.map((c) => ({
      week: c.week,
      submittedOn: c.submittedOn,
      ratings: c.ratings,
    })),
    review: checkProgramReview({
      start: program.startDate,
      today,
      advances,
      checkIns: checkIns.filter((c) => c.ratings.length >= 3).map(asCheckIn),
    }),
  };
}
