import { createHash } from "node:crypto";
import PgBoss from "pg-boss";

import { pipelined, sqlExecutor, type Queryable } from "@carryover/db";

export const QUEUES = [
  "notice-send",
  "staff-notice-send",
  "notice-sweep",
  "waitlist-expire",
  "regulation-reminders",
  "regulation-reminder-send",
  "password-reset-send",
  "statement-run",
] as const;
export type QueueName = (typeof QUEUES)[number];

export type JobRequest = {
  queue: QueueName;
  /** Names the job exactly: enqueueing the same key twice while the first is kept adds nothing. */
  key: string;
  data: Record<string, unknown>;
  /** Run no earlier than this (omitted: as soon as a worker is free). */
  startAfter?: Date;
};

export interface JobsPort {
  /**
   * Adds jobs to the queue. Given the service's transaction, they are written in it: they exist
   * exactly when the change that owes them commits.
   */
  enqueue(requests: readonly JobRequest[], within?: Queryable): Promise<void>;
}

export type JobHandler = (data: unknown, job: { id: string }) => Promise<void>;

/** The queue with its workers: what a server process runs besides serving requests. */
export interface JobRunner extends JobsPort {
  work(queue: QueueName, handler: JobHandler): Promise<void>;
  /** A cron schedule (UTC) of a queue; one job per tick across every process sharing the database. */
  schedule(queue: QueueName, cron: string): Promise<void>;
  stop(): Promise<void>;
}

/** Every queue's policy; QUEUES are our own names, so both are safe to write into SQL. */
const QUEUE_OPTIONS = JSON.stringify({
  policy: "standard",
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 300,
});

/** A job id derived from its key (a UUID shape, as pg-boss wants), so a repeat is the same job. */
export function jobIdFor(key: string): string {
  const hex = createHash("sha256").update(key).digest("hex");
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16) + hex.slice(18, 20),
    hex.slice(20, 32),
  ].join("-");
}

export type PgBossJobsOptions = {
  databaseUrl: string;
  /** Connections of this process's pg-boss pool. */
  max?: number;
  /** Seconds between polls of each worker. */
  pollingIntervalSeconds?: number;
  /** Whether this instance runs pg-boss's maintenance and cron (a worker does; an enqueue-only one need not). */
  supervise?: boolean;
  onError?: (error: Error) => void;
};

/**
 * pg-boss keeps its jobs in the schema `pgboss` of the same database, created on first start; replicas
 * may start together (jobs.integration.test.ts). Started on first use, so importing it costs nothing.
 */
export function createPgBossJobs(options: PgBossJobsOptions): JobRunner {
  const supervise = options.supervise ?? true;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    max: options.max ?? 4,
    supervise,
    schedule: supervise,
    application_name: "carryover-jobs",
  });
  const onError = options.onError ?? ((error: Error) => console.error(`[jobs] ${error.message}`));
  boss.on("error", onError);
  // pg-boss's create_queue takes no lock, and replicas creating queues together deadlock on the job
  // table each attaches a partition to. One statement list (one transaction) holding an advisory
  // lock creates them all, so replicas take turns and the later ones find every queue there.
  const createQueues = () =>
    boss.getDb().executeSql(
      [
        `select pg_advisory_xact_lock(hashtext('carryover.pgboss.create-queues'))`,
        ...QUEUES.map((name) => `select pgboss.create_queue('${name}', '${QUEUE_OPTIONS}')`),
      ].join(";\n"),
      [], // no parameters: sent as one simple query, which PostgreSQL runs as one transaction
    );
  let started: Promise<void> | undefined;
  const start = () =>
    (started ??= (async () => {
      await boss.start();
      await createQueues();
    })().catch((error: unknown) => {
      started = undefined; // the next enqueue or worker tries again rather than failing for good
      throw error;
    }));
  return {
    async enqueue(requests, within) {
      await start();
      const db = within ? sqlExecutor(within) : undefined;
      // pg-boss writes each job with one INSERT: sent together, they share a round trip.
      await pipelined(
        requests.map((request) =>
          boss.send(request.queue, request.data, {
            id: jobIdFor(`${request.queue}:${request.key}`),
            ...(request.startAfter ? { startAfter: request.startAfter } : {}),
            ...(db ? { db } : {}),
          }),
        ),
      );
    },
    async work(queue, handler) {
      await start();
      await boss.work(
        queue,
        { batchSize: 10, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async (jobs) => {
          // Fetched ten at a time (one query, not ten) but settled one by one: a job that fails is
          // retried alone, and the others in its batch complete.
          for (const job of jobs) {
            try {
              await handler(job.data, { id: job.id });
            } catch (error) {
              onError(error instanceof Error ? error : new Error(String(error)));
              await boss.fail(queue, job.id, {
                message: error instanceof Error ? error.message : String(error),
              });
            }
          }
        },
      );
    },
    async schedule(queue, cron) {
      await start();
      await boss.schedule(queue, cron, {}, { tz: "UTC" });
    },
    async stop() {
      if (!started) return;
      await started.catch(() => undefined);
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
