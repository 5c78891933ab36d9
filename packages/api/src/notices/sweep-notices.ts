import {
  listCancelledSince,
  listOpenOffers,
  listScheduledBetween,
  listSeatsBookedSince,
} from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";
import { remindersDueBetween } from "@carryover/domain/notices";

import type { ServiceDeps } from "../context";
import type { JobRequest } from "../ports/jobs";
import { noticeJob } from "./notice-jobs";

const MINUTE = 60_000;
/** The sweep runs every 5 minutes; looking 10 ahead lets a late tick still enqueue reminders on time. */
export const SWEEP_CRON = "*/5 * * * *";
const LOOK_AHEAD = 10 * MINUTE;
/** How far back the sweep still catches what was missed (a worker that was down, a job out of retries). */
const CATCH_UP = 3 * 60 * MINUTE;
const LONGEST_OFFSET = 7 * 24 * 60 * MINUTE;

/**
 * Enqueues, idempotently, everything owed soon or missed lately: reminders falling due, confirmations
 * and cancellation notices of the last hours, offers without their notice, offers that ran out.
 * Job ids come from the notice, and the `notices` key decides in the end, so repeats are harmless.
 */
export async function sweepNotices(deps: Pick<ServiceDeps, "db" | "jobs" | "now">) {
  const now = deps.now();
  const from = new Date(+now - CATCH_UP);
  const to = new Date(+now + LOOK_AHEAD);
  const jobs: JobRequest[] = [];

  for (const appointment of await listScheduledBetween(
    deps.db,
    now,
    new Date(+to + LONGEST_OFFSET),
  )) {
    const offsets = parseClinicSettings(appointment.clinicSettings).reminderOffsetsMinutes;
    for (const due of remindersDueBetween(appointment.startsAt, offsets, from, to)) {
      jobs.push(
        noticeJob(
          {
            kind: "reminder",
            appointmentId: appointment.id,
            start: appointment.startsAt,
            offsetMinutes: due.offsetMinutes,
          },
          +due.dueAt > +now ? due.dueAt : undefined,
        ),
      );
    }
  }
  for (const seat of await listSeatsBookedSince(deps.db, from, now)) {
    jobs.push(
      noticeJob({
        kind: "confirmation",
        appointmentId: seat.appointmentId,
        start: seat.startsAt,
        childId: seat.childId,
      }),
    );
  }
  for (const appointment of await listCancelledSince(deps.db, from)) {
    jobs.push(
      noticeJob({
        kind: "cancellation",
        appointmentId: appointment.id,
        start: appointment.startsAt,
      }),
    );
  }
  for (const offer of await listOpenOffers(deps.db)) {
    if (+offer.offeredUntil > +now) {
      jobs.push(
        noticeJob({
          kind: "waitlist_offer",
          appointmentId: offer.appointmentId,
          start: offer.startsAt,
          waitlistEntryId: offer.id,
        }),
      );
    } else {
      // Keyed by this tick: should the expiry job have run a moment early (clock skew), this one acts.
      jobs.push({
        queue: "waitlist-expire",
        key: `${offer.appointmentId}:swept:${now.toISOString()}`,
        data: { appointmentId: offer.appointmentId },
      });
    }
  }
  await deps.jobs.enqueue(jobs);
  return { enqueued: jobs.length };
}
