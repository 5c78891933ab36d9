import { z } from "zod";

import {
  findStaffNotificationToEmail,
  listSeatedChildren,
  markStaffNotificationEmailed,
} from "@carryover/db/queries";
import { personTimeFormat } from "@carryover/domain/clinic";
import {
  composeFamilyChangeEmail,
  formatSessionTime,
  recipientZone,
} from "@carryover/domain/notices";

import type { ServiceDeps } from "../context";
import { audit } from "../policy/audit";
import type { MailMessage } from "../ports/mail";

const StaffNoticeJob = z.object({ notificationId: z.uuid() });

/**
 * Emails one family-change notification to its therapist when they asked for email. The row is
 * locked and stamped in one transaction, so a retry or a second worker never sends it twice.
 */
export async function deliverStaffNotice(deps: ServiceDeps, data: unknown, jobId: string) {
  const { notificationId } = StaffNoticeJob.parse(data);
  const now = deps.now();
  const afterCommit = await deps.db.transaction(async (tx) => {
    const row = await findStaffNotificationToEmail(tx, notificationId);
    if (!row || row.emailedAt || !row.emailFamilyChanges) return null;
    const zone = recipientZone(row.recipientTimeZone, row.clinicTimeZone);
    const seated = await listSeatedChildren(tx, row.appointmentId);
    const message: MailMessage = {
      to: row.recipientEmail,
      clinicId: row.clinicId,
      ...composeFamilyChangeEmail(
        {
          kind: row.kind,
          start: row.start,
          from: row.from,
          childFirstNames: seated.map((c) => c.firstName),
          sessionTypeName: row.sessionTypeName,
        },
        {
          therapistName: row.recipientName,
          clinicName: row.clinicName,
          formatTime: (at) =>
            formatSessionTime(
              at,
              zone,
              personTimeFormat(row.recipientTimeFormat, row.clinicSettings),
            ),
          appUrl: deps.appUrl,
        },
      ),
    };
    await markStaffNotificationEmailed(tx, notificationId, now);
    await audit(
      tx,
      { requestId: `job:${jobId}`, ip: null },
      {
        actorId: null,
        clinicId: row.clinicId,
        action: "notice.family_change",
        entityType: "appointment",
        entityId: row.appointmentId,
      },
    );
    if (deps.mail.kind === "outbox") {
      await deps.mail.send(tx, message);
      return null;
    }
    return message;
  });
  // SMTP cannot join the transaction: at most once, after the stamp is committed.
  if (afterCommit) await deps.mail.send(deps.db, afterCommit);
}
