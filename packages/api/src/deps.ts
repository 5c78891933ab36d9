import { createDb } from "@carryover/db";

import { startStatementWorker } from "./billing/monthly-statements";
import type { ServiceDeps } from "./context";
import { startRegulationReminderWorker } from "./home-program/regulation-reminder-worker";
import { startPasswordResetWorker } from "./identity/send-password-reset";
import { startNoticeWorker } from "./notices/notice-worker";
import { createMessageEvents, createProgramEvents } from "./ports/channel-events";
import { createPgBossJobs, type JobRunner } from "./ports/jobs";
import { createOutboxMail, createSmtpMail } from "./ports/mail";
import type { PaymentsPort } from "./ports/payments";
import { createPostgresRateLimits, unlimitedRateLimits } from "./ports/rate-limits";
import { createStandInPayments } from "./ports/stand-in-payments";
import { createStripePayments, type StripeConfig } from "./ports/stripe-payments";
import { createLocalStorage } from "./ports/local-storage";
import { createS3Storage, type S3StorageConfig } from "./ports/s3-storage";
import type { StoragePort } from "./ports/storage";
import { createLiveKitVideo, type VideoConfig } from "./ports/video";
import { createClamAvScan, noVirusScan, type ClamAvConfig } from "./ports/virus-scan";

export type DepsConfig = {
  databaseUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  appUrl: string;
  authSecret: string;
  video: VideoConfig;
  payments: PaymentsConfig;
  storage: StorageConfig;
  /** ClamAV's clamd; without it uploads are not scanned. */
  clamAv?: ClamAvConfig;
};

export type StorageConfig =
  { kind: "local"; directory: string } | ({ kind: "s3" } & S3StorageConfig);

export const storageFor = (config: StorageConfig): StoragePort =>
  config.kind === "s3" ? createS3Storage(config) : createLocalStorage(config);

const virusScanFor = (config: DepsConfig) =>
  config.clamAv ? createClamAvScan(config.clamAv) : noVirusScan;

export type PaymentsConfig =
  { kind: "off" } | { kind: "stand-in" } | ({ kind: "stripe" } & StripeConfig);

/**
 * One per process, kept on the global object: the stand-in keeps its payments in memory, and the
 * server's route bundles (the card form's, the API's) each load this module on their own.
 */
const PAYMENTS_KEY = Symbol.for("carryover.payments");
type WithPayments = { [PAYMENTS_KEY]?: PaymentsPort | null };
function paymentsFor(config: PaymentsConfig): PaymentsPort | null {
  const holder = globalThis as WithPayments;
  if (holder[PAYMENTS_KEY] !== undefined) return holder[PAYMENTS_KEY];
  const payments =
    config.kind === "stripe"
      ? createStripePayments(config)
      : config.kind === "stand-in"
        ? createStandInPayments()
        : null;
  holder[PAYMENTS_KEY] = payments;
  return payments;
}

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
    payments: paymentsFor(config.payments),
    programEvents: createProgramEvents(config.databaseUrl),
    messageEvents: createMessageEvents(config.databaseUrl),
    rateLimits: createPostgresRateLimits(db),
    storage: storageFor(config.storage),
    virusScan: virusScanFor(config),
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
    payments: paymentsFor(config.payments),
    rateLimits: unlimitedRateLimits,
    storage: storageFor(config.storage),
    virusScan: virusScanFor(config),
  };
  await startNoticeWorker(runner, workerDeps);
  await startRegulationReminderWorker(runner, workerDeps);
  await startPasswordResetWorker(runner, workerDeps);
  await startStatementWorker(runner, workerDeps);
  return {
    stop: async () => {
      await runner.stop();
      await db.close();
    },
  };
}
