import { listRegulationReminderTargets } from "@carryover/db/queries";

import type { ServiceDeps } from "../context";
import type { JobRequest } from "../ports/jobs";
import {
  asSensoryDiet,
  regulationEmailsBetween,
  regulationReminderJob,
} from "./regulation-reminder";

const MINUTE = 60_000;
/** Every 5 minutes; looking 10 ahead, each email is in two ticks' windows, so one late tick misses none. */
export const REGULATION_SWEEP_CRON = "*/5 * * * *";
const LOOK_AHEAD = 10 * MINUTE;
/** A worker down for a few minutes still sends what is owed; the send drops a block already over. */
const CATCH_UP = 15 * MINUTE;

/**
 * Enqueues one email job per sensory-diet block and guardian whose email falls due soon, each due
 * at its time. Job ids come from (activity, guardian, block start, moment), so a repeat sweep or a
 * second replica adds nothing.
 */
export async function sweepRegulationReminders(deps: Pick<ServiceDeps, "db" | "jobs" | "now">) {
  const now = deps.now();
  const from = new Date(+now - CATCH_UP);
  const to = new Date(+now + LOOK_AHEAD);
  const jobs: JobRequest[] = [];
  let skipped = 0;
  for (const target of await listRegulationReminderTargets(deps.db)) {
    const structure = asSensoryDiet(target.structure);
    if (!structure) {
      skipped += 1;
      continue;
    }
    let blocks;
    try {
      blocks = regulationEmailsBetween({
        structure,
        timeZone: target.timeZone,
        startDate: target.startDate,
        from,
        to,
      });
    } catch {
      // An unknown zone stops this activity's reminders, not everyone's.
      skipped += 1;
      continue;
    }
    for (const block of blocks) {
      jobs.push(
        regulationReminderJob(
          {
            activityId: target.activityId,
            guardianId: target.guardianId,
            date: block.date,
            momentTime: block.moment.time,
            startsAt: block.startsAt,
          },
          now,
        ),
      );
    }
  }
  if (skipped > 0)
    console.warn(JSON.stringify({ level: "warn", msg: "regulation_reminders.skipped", skipped }));
  await deps.jobs.enqueue(jobs);
  return { enqueued: jobs.length };
}
