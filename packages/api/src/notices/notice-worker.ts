import type { ServiceDeps } from "../context";
import type { JobRunner } from "../ports/jobs";
import { deliverNotice } from "./deliver-notice";
import { deliverStaffNotice } from "./deliver-staff-notice";
import { expireWaitlistOffers } from "./expire-offers";
import { SWEEP_CRON, sweepNotices } from "./sweep-notices";

/**
 * Runs the notice queues in this process. Every replica may run it: jobs are fetched with SKIP LOCKED
 * and each notice's key is unique, so two workers never send one twice.
 */
export async function startNoticeWorker(runner: JobRunner, deps: ServiceDeps) {
  await runner.work("notice-send", async (data, job) => {
    await deliverNotice(deps, data, job.id);
  });
  await runner.work("staff-notice-send", (data, job) => deliverStaffNotice(deps, data, job.id));
  await runner.work("waitlist-expire", (data, job) => expireWaitlistOffers(deps, data, job.id));
  await runner.work("notice-sweep", async () => {
    await sweepNotices(deps);
  });
  await runner.schedule("notice-sweep", SWEEP_CRON);
}
