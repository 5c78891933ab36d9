import {
  findProgramByChild,
  listCheckIns,
  listPracticeLogs,
  listProgramActivities,
  listRevisions,
} from "@carryover/db/queries";
import {
  checkProgramReview,
  listCheckInsDue,
  listWeeklyDoses,
  suggestProgression,
} from "@carryover/domain/progression";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../../context";
import { requireProgramAccess } from "../../policy/program-access";
import { practiceEntriesOf } from "./program-view";
import { auditChildRecord } from "./record-change";

/**
 * How a child's program is going: per activity what the engine suggests, the dose by week against
 * the prescription, the check-ins due, and whether the program needs review.
 */
export async function getProgress(ctx: ActorContext, input: { childId: string }) {
  return ctx.db.transaction(async (tx) => {
    const { facts } = await requireProgramAccess(tx, ctx.actor, input.childId, "view");
    await auditChildRecord(tx, ctx, input.childId, "progress.read");
    const program = await findProgramByChild(tx, input.childId);
    if (!program) return null;
    const today = localDateOf(ctx.now(), facts.clinicTimeZone);
    const [activities, logs, checkIns, revisions] = await Promise.all([
      listProgramActivities(tx, program.id),
      listPracticeLogs(tx, input.childId, { from: program.startDate }),
      listCheckIns(tx, program.id),
      listRevisions(tx, program.id, 1000),
    ]);
    const advances = revisions
      .filter((r) => r.action === "progression.apply")
      .map((r) => localDateOf(r.at, facts.clinicTimeZone));
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
  });
}
