import type { Queryable } from "@carryover/db";
import {
  claimNotice,
  findLastToldAt,
  findNoticeSession,
  findWaitlistEntry,
  listGuardiansOf,
  listSeatedChildren,
  listSeriesSessions,
} from "@carryover/db/queries";
import { personTimeFormat } from "@carryover/domain/clinic";
import {
  composeNotice,
  decideReminder,
  noticeKey,
  recipientZone,
  type NoticeContent,
} from "@carryover/domain/notices";

import type { ServiceDeps } from "../context";
import { audit } from "../policy/audit";
import type { MailMessage } from "../ports/mail";
import { identityOf, NoticeJob } from "./notice-jobs";

type NoticeAppointment = NonNullable<Awaited<ReturnType<typeof findNoticeSession>>>;

/** What one notice is about, read again inside its transaction: null when it is no longer owed. */
type Plan = {
  appointment: NoticeAppointment;
  /** The start the notice states (the appointment's current one). */
  start: Date;
  childIds: string[];
  firstNames: Map<string, string>;
  content: NoticeContent;
  /** Per recipient, a last check (a reminder the family was just told about is not sent). */
  stillOwed?: (recipientId: string) => Promise<boolean>;
};

async function plan(q: Queryable, job: NoticeJob, now: Date): Promise<Plan | null> {
  if (job.kind === "series_confirmation") {
    const occurrences = await listSeriesSessions(q, job.seriesId, now);
    const first = occurrences[0];
    if (!first) return null;
    const appointment = await findNoticeSession(q, first.id);
    const seated = await listSeatedChildren(q, first.id);
    const child = seated.find((c) => c.childId === job.childId);
    if (!appointment || !child) return null;
    return {
      appointment,
      start: first.startsAt,
      childIds: [child.childId],
      firstNames: new Map([[child.childId, child.firstName]]),
      content: { kind: "series_confirmation", starts: occurrences.map((s) => s.startsAt) },
    };
  }
  const appointment = await findNoticeSession(q, job.appointmentId);
  if (!appointment) return null;
  const sameStart = +appointment.startsAt === +job.start;
  if (job.kind === "waitlist_offer") {
    const entry = await findWaitlistEntry(q, job.waitlistEntryId);
    const open =
      entry &&
      !entry.leftAt &&
      entry.offeredUntil &&
      +entry.offeredUntil > +now &&
      appointment.status === "scheduled" &&
      sameStart;
    if (!open || !entry.offeredUntil) return null;
    return {
      appointment,
      start: appointment.startsAt,
      childIds: [entry.childId],
      firstNames: new Map([[entry.childId, entry.firstName]]),
      content: { kind: "waitlist_offer", offeredUntil: entry.offeredUntil },
    };
  }
  const seated = await listSeatedChildren(q, appointment.id);
  const names = new Map(seated.map((c) => [c.childId, c.firstName]));
  const all = seated.map((c) => c.childId);
  switch (job.kind) {
    case "confirmation":
      if (appointment.status !== "scheduled" || !sameStart || !names.has(job.childId)) return null;
      return {
        appointment,
        start: appointment.startsAt,
        childIds: [job.childId],
        firstNames: names,
        content: { kind: "confirmation" },
      };
    case "change":
      if (appointment.status !== "scheduled" || !sameStart) return null;
      return {
        appointment,
        start: appointment.startsAt,
        childIds: all,
        firstNames: names,
        content: { kind: "change", from: job.from },
      };
    case "cancellation":
      if (appointment.status !== "cancelled" || !sameStart) return null;
      return {
        appointment,
        start: appointment.startsAt,
        childIds: all,
        firstNames: names,
        content: {
          kind: "cancellation",
          reason: appointment.cancelReason,
          by: appointment.cancelledBy,
        },
      };
    case "reminder": {
      const decide = (toldAt: Date | null) =>
        decideReminder({
          status: appointment.status,
          currentStart: appointment.startsAt,
          start: job.start,
          offsetMinutes: job.offsetMinutes,
          now,
          toldAt,
        }).send;
      if (!decide(null)) return null;
      return {
        appointment,
        start: appointment.startsAt,
        childIds: all,
        firstNames: names,
        content: { kind: "reminder", offsetMinutes: job.offsetMinutes },
        stillOwed: async (recipientId) => {
          const guardianOf = await listGuardiansOf(q, appointment.clinicId, all);
          const mine = new Set(
            guardianOf.filter((g) => g.userId === recipientId).map((g) => g.childId),
          );
          const booked = seated.filter((c) => mine.has(c.childId)).map((c) => +c.bookedAt);
          const told = await findLastToldAt(q, appointment.id, recipientId);
          const toldAt = Math.max(...booked, told ? +told : 0);
          return decide(toldAt > 0 ? new Date(toldAt) : null);
        },
      };
    }
  }
}

/**
 * Sends one notice job to each guardian it concerns, each in ONE transaction: the session is read
 * again (still scheduled, still at that start?), the `notices` row is inserted unless its key exists,
 * and only a new row sends. So two workers, a retry or a restart send it once. The outbox writes in
 * that transaction; SMTP, which cannot, sends after the commit: at most once, never twice.
 */
export async function deliverNotice(
  deps: ServiceDeps,
  data: unknown,
  jobId: string,
): Promise<{ sent: number }> {
  const job = NoticeJob.parse(data);
  const meta = { requestId: `job:${jobId}`, ip: null };
  const now = deps.now();
  const first = await plan(deps.db, job, now);
  if (!first) return { sent: 0 };
  const recipients = [
    ...new Set(
      (await listGuardiansOf(deps.db, first.appointment.clinicId, first.childIds)).map(
        (g) => g.userId,
      ),
    ),
  ];
  let sent = 0;
  for (const recipientId of recipients) {
    const afterCommit = await deps.db.transaction(async (tx) => {
      const current = await plan(tx, job, now);
      if (!current) return null;
      if (current.stillOwed && !(await current.stillOwed(recipientId))) return null;
      const guardians = await listGuardiansOf(tx, current.appointment.clinicId, current.childIds);
      const mine = guardians.filter((g) => g.userId === recipientId);
      const recipient = mine[0];
      if (!recipient) return null;
      const claimed = await claimNotice(tx, {
        clinicId: current.appointment.clinicId,
        appointmentId: current.appointment.id,
        recipientId,
        kind: job.kind,
        key: noticeKey(identityOf(job), recipientId),
        sentAt: now,
      });
      if (!claimed) return null;
      const message: MailMessage = {
        to: recipient.email,
        clinicId: current.appointment.clinicId,
        ...composeNotice(current.content, {
          clinicName: current.appointment.clinicName,
          recipientName: recipient.name,
          childFirstNames: mine.flatMap((g) => current.firstNames.get(g.childId) ?? []),
          therapistName: current.appointment.therapistName,
          isGroup: current.appointment.kind === "group",
          modality: current.appointment.modality,
          start: current.start,
          zone: recipientZone(recipient.timeZone, current.appointment.clinicTimeZone),
          timeFormat: personTimeFormat(recipient.timeFormat, recipient.clinicSettings),
          appUrl: deps.appUrl,
          clinicPhone: current.appointment.clinicPhone,
        }),
      };
      await audit(tx, meta, {
        actorId: null,
        clinicId: current.appointment.clinicId,
        action: `notice.${job.kind}`,
        entityType: "appointment",
        entityId: current.appointment.id,
      });
      if (deps.mail.kind === "outbox") {
        await deps.mail.send(tx, message);
        return { sent: true as const };
      }
      return { sent: false as const, message };
    });
    if (!afterCommit) continue;
    if (!afterCommit.sent) {
      try {
        await deps.mail.send(deps.db, afterCommit.message);
      } catch (error) {
        // At most once: the notice stays recorded, so no retry can send it a second time.
        console.error(
          JSON.stringify({
            level: "error",
            msg: "notice.smtp_failed",
            kind: job.kind,
            jobId,
            error: error instanceof Error ? error.message : String(error),
          }),
        );
        continue;
      }
    }
    sent += 1;
  }
  return { sent };
}
