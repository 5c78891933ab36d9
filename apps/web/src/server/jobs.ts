import { startJobWorker } from "@carryover/api";

import { appUrl, clamAvConfig, env, paymentsConfig, storageConfig, videoConfig } from "~/env";
import { describeFailure, log } from "./log";

let started = false;

/**
 * Runs the notice worker in this server process, once. Every replica runs one: pg-boss hands each
 * job to one worker and a notice's unique key stops a second send, so that is safe.
 */
export function startJobs() {
  const { DATABASE_URL, SMTP_URL, MAIL_FROM, NEXT_PHASE, AUTH_SECRET } = env();
  if (started || NEXT_PHASE === "phase-production-build") return;
  if (!DATABASE_URL || !AUTH_SECRET) {
    log("warn", "jobs.not_started", { error: "DATABASE_URL or AUTH_SECRET is not set" });
    return;
  }
  started = true;
  const worker = startJobWorker({
    databaseUrl: DATABASE_URL,
    smtpUrl: SMTP_URL,
    mailFrom: MAIL_FROM,
    appUrl: appUrl(),
    authSecret: AUTH_SECRET,
    video: videoConfig(),
    payments: paymentsConfig(),
    storage: storageConfig(),
    clamAv: clamAvConfig(),
  });
  worker.then(
    () => log("info", "jobs.started"),
    (error: unknown) => log("error", "jobs.failed_to_start", { error: describeFailure(error) }),
  );
  process.once("SIGTERM", () => {
    // Jobs in hand finish (up to 10 s); an unfinished one runs again elsewhere and its key stops a repeat.
    void worker.then((w) => w.stop()).catch(() => undefined);
  });
}
