import { z } from "zod";

import type { NoticeIdentity } from "@carryover/domain/notices";

import type { JobRequest } from "../ports/jobs";

const At = z.iso.datetime().transform((s) => new Date(s));

/** A notice job as stored by the queue (JSON): which notice, not to whom; recipients are read when it runs. */
export const NoticeJob = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("confirmation"),
    appointmentId: z.uuid(),
    start: At,
    childId: z.uuid(),
  }),
  z.object({ kind: z.literal("series_confirmation"), seriesId: z.uuid(), childId: z.uuid() }),
  z.object({
    kind: z.literal("reminder"),
    appointmentId: z.uuid(),
    start: At,
    offsetMinutes: z.number().int().positive(),
  }),
  z.object({ kind: z.literal("change"), appointmentId: z.uuid(), from: At, start: At }),
  z.object({ kind: z.literal("cancellation"), appointmentId: z.uuid(), start: At }),
  z.object({
    kind: z.literal("waitlist_offer"),
    appointmentId: z.uuid(),
    start: At,
    waitlistEntryId: z.uuid(),
  }),
]);
export type NoticeJob = z.infer<typeof NoticeJob>;

export const WaitlistExpiryJob = z.object({ appointmentId: z.uuid() });

const json = (job: NoticeJob): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(job).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  );

/** The notice's identity, the part of its key that does not depend on the recipient. */
export function identityOf(job: NoticeJob): NoticeIdentity {
  if (job.kind === "series_confirmation") return { kind: job.kind, seriesId: job.seriesId };
  return job;
}

const jobKey = (job: NoticeJob) =>
  job.kind === "series_confirmation"
    ? `series_confirmation:${job.seriesId}:${job.childId}`
    : [
        job.kind,
        job.appointmentId,
        ...Object.entries(job)
          .filter(([k]) => k !== "kind" && k !== "appointmentId")
          .map(([, v]) => (v instanceof Date ? v.toISOString() : String(v))),
      ].join(":");

export function noticeJob(job: NoticeJob, startAfter?: Date): JobRequest {
  return { queue: "notice-send", key: jobKey(job), data: json(job), startAfter };
}

export function waitlistExpiryJob(appointmentId: string, at: Date): JobRequest {
  return {
    queue: "waitlist-expire",
    key: `${appointmentId}:${at.toISOString()}`,
    data: { appointmentId },
    startAfter: at,
  };
}
