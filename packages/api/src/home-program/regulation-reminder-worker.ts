import type { ServiceDeps } from "../context";
import type { JobRunner } from "../ports/jobs";
import { SEND_QUEUE } from "./regulation-reminder";
import { sendRegulationReminder } from "./send-regulation-reminder";
import { REGULATION_SWEEP_CRON, sweepRegulationReminders } from "./sweep-regulation-reminders";

/**
 * Runs the sensory-diet reminder queues in this process. Every replica may run it: the cron makes
 * one sweep job per tick, job ids come from each reminder's key, and the send checks its audit mark.
 */
export async function startRegulationReminderWorker(runner: JobRunner, deps: ServiceDeps) {
  await runner.work(SEND_QUEUE, async (data, job) => {
    await sendRegulationReminder(deps, data, job.id);
  });
  await runner.work("regulation-reminders", async () => {
    await sweepRegulationReminders(deps);
  });
  await runner.schedule("regulation-reminders", REGULATION_SWEEP_CRON);
}
