import {
  findRegulationReminder,
  lockRegulationReminder,
  REGULATION_REMINDER_ACTION,
  wasRegulationReminderSent,
} from "@carryover/db/queries";
import { personTimeFormat } from "@carryover/domain/clinic";

import type { ServiceDeps } from "../context";
import { audit } from "../policy/audit";
import type { MailMessage } from "../ports/mail";
import {
  asSensoryDiet,
  composeRegulationReminder,
  findCurrentBlock,
  RegulationReminderJob,
  reminderKey,
  reminderRequestId,
} from "./regulation-reminder";

export type RegulationReminderOutcome =
  | { sent: true }
  | {
      sent: false;
      reason:
        | "NO_RECIPIENT"
        | "NOT_ACTIVE"
        | "MOMENT_CHANGED"
        | "TOO_LATE"
        | "ALREADY_SENT"
        | "SMTP_FAILED";
    };

/**
 * Emails one guardian about one regulation block, in ONE transaction: the activity is read again
 * (still active, still a sensory diet with that moment at that start, the block not over yet, the
 * guardian still linked), and an audit row on the child's record marks it sent, checked under a lock
 * on the reminder's key: so a retry or a second worker sends it once. The outbox writes in that
 * transaction; SMTP, which cannot, sends after the commit: at most once, never twice.
 */
export async function sendRegulationReminder(
  deps: Pick<ServiceDeps, "db" | "mail" | "now" | "appUrl">,
  data: unknown,
  jobId: string,
): Promise<RegulationReminderOutcome> {
  const job = RegulationReminderJob.parse(data);
  const requestId = reminderRequestId(job);
  const now = deps.now();
  const result = await deps.db.transaction(async (tx) => {
    await lockRegulationReminder(tx, reminderKey(job));
    const found = await findRegulationReminder(tx, job);
    if (!found) return { sent: false, reason: "NO_RECIPIENT" } as const;
    const structure = found.status === "active" ? asSensoryDiet(found.structure) : null;
    if (!structure) return { sent: false, reason: "NOT_ACTIVE" } as const;
    const block = job.date >= found.startDate && findCurrentBlock(structure, found.timeZone, job);
    if (!block) return { sent: false, reason: "MOMENT_CHANGED" } as const;
    if (+now >= +block.endsAt) return { sent: false, reason: "TOO_LATE" } as const;
    if (await wasRegulationReminderSent(tx, { childId: found.childId, requestId }))
      return { sent: false, reason: "ALREADY_SENT" } as const;
    const message: MailMessage = {
      to: found.guardianEmail,
      clinicId: found.clinicId,
      ...composeRegulationReminder({
        recipientName: found.guardianName,
        childId: found.childId,
        childFirstName: found.childFirstName,
        clinicName: found.clinicName,
        appUrl: deps.appUrl,
        structure,
        block,
        timeFormat: personTimeFormat(found.guardianTimeFormat, found.clinicSettings),
      }),
    };
    await audit(
      tx,
      { requestId, ip: null },
      {
        actorId: null,
        clinicId: found.clinicId,
        action: REGULATION_REMINDER_ACTION,
        entityType: "child",
        entityId: found.childId,
      },
    );
    if (deps.mail.kind === "outbox") {
      await deps.mail.send(tx, message);
      return { sent: true } as const;
    }
    return { sent: "after_commit", message } as const;
  });
  if (result.sent !== "after_commit") return result;
  try {
    await deps.mail.send(deps.db, result.message);
  } catch (error) {
    // At most once: the reminder stays recorded, so no retry sends it a second time.
    console.error(
      JSON.stringify({
        level: "error",
        msg: "regulation_reminder.smtp_failed",
        jobId,
        activityId: job.activityId,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
    return { sent: false, reason: "SMTP_FAILED" };
  }
  return { sent: true };
}
