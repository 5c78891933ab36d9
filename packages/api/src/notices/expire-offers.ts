import { lockAppointment } from "@carryover/db/queries";

import type { ServiceDeps } from "../context";
import { WaitlistExpiryJob } from "./notice-jobs";
import { refreshOffers } from "./refresh-offers";

/** At an offer's end: an unanswered offer runs out and the seat is offered to the next family. */
export async function expireWaitlistOffers(deps: ServiceDeps, data: unknown, jobId: string) {
  const { appointmentId } = WaitlistExpiryJob.parse(data);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const group = await lockAppointment(tx, appointmentId);
    if (!group) return;
    const jobs = await refreshOffers(tx, { requestId: `job:${jobId}`, ip: null }, group, now);
    await deps.jobs.enqueue(jobs, tx);
  });
}
