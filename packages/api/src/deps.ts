import { createDb } from "@carryover/db";

import type { ServiceDeps } from "./context";
import { startRegulationReminderWorker } from "./home-program/regulation-reminder-worker";
import { startPasswordResetWorker } from "./identity/send-password-reset";
import { startNoticeWorker } from "./notices/notice-worker";
import { createPgBossJobs, type JobRunner } from "./ports/jobs";
import { createOutboxMail, createSmtpMail } from "./ports/mail";
import { createProgramEvents } from "./ports/program-events";
import { createPostgresRateLimits, unlimitedRateLimits } from "./ports/rate-limits";
import { createLiveKitVideo, type VideoConfig } from "./ports/video";

export type DepsConfig = {
  databaseUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  appUrl: string;
  authSecret: string;
  video: VideoConfig;
};

/** What services need in a running server: a pooled database, a mail port, the job queue, the clock. */
const mailFor = (config: DepsConfig) =>
  config.smtpUrl ? createSmtpMail(config.smtpUrl, config.mailFrom) : createOutboxMail();

export function createServiceDeps(config: DepsConfig): ServiceDeps {
  const db = createDb(config.databaseUrl);
  return {
    db,
    mail: mailFor(config),
    // Enqueue only: the worker (startJobWorker) runs pg-boss's maintenance and schedules.
    jobs: createPgBossJobs({ databaseUrl: config.databaseUrl, max: 2, supervise: false }),
    now: () => new Date(),
    appUrl: config.appUrl,
    authSecret: config.authSecret,
    video: createLiveKitVideo(config.video),
    programEvents: createProgramEvents(config.databaseUrl),
    rateLimits: createPostgresRateLimits(db),
  };
}

/** The background worker of one server process: notices, reminders, waitlist offers, sensory-diet reminders and password resets. */
export async function startJobWorker(config: DepsConfig): Promise<{ stop: () => Promise<void> }> {
  const runner: JobRunner = createPgBossJobs({ databaseUrl: config.databaseUrl, max: 4 });
  const db = createDb(config.databaseUrl, { max: 4 });
  const workerDeps: ServiceDeps = {
    db,
    mail: mailFor(config),
    jobs: runner,
    now: () => new Date(),
    appUrl: config.appUrl,
    authSecret: config.authSecret,
    video: createLiveKitVideo(config.video),
    rateLimits: unlimitedRateLimits,
  };
  await startNoticeWorker(runner, workerDeps);
  await startRegulationReminderWorker(runner, workerDeps);
  await startPasswordResetWorker(runner, workerDeps);
  return {
    stop: async () => {
      await runner.stop();
      await db.close();
    },
  };
}
