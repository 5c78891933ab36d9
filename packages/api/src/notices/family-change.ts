import { randomUUID } from "node:crypto";

import type { Tx } from "@carryover/db";
import { insertStaffNotification } from "@carryover/db/queries";
import { reachOf } from "@carryover/domain/access";
import type { FamilyChangeKind } from "@carryover/domain/notices";

import type { ActorContext } from "../context";

/**
 * Tells the session's therapist, in the app (and by email when they asked for it, through a job),
 * that a family booked, moved or cancelled it. Staff changing their own calendar tell nobody here.
 */
export async function recordFamilyChange(
  tx: Tx,
  ctx: ActorContext,
  change: {
    kind: FamilyChangeKind;
    appointmentId: string;
    therapistId: string;
    start: Date;
    from?: Date;
  },
) {
  const { actor } = ctx;
  if (reachOf(actor.role) !== "family") return;
  const id = randomUUID();
  await Promise.all([
    insertStaffNotification(tx, {
      id,
      clinicId: actor.clinicId,
      recipientId: change.therapistId,
      appointmentId: change.appointmentId,
      actorId: actor.userId,
      kind: change.kind,
      startsAt: change.start,
      previousStartsAt: change.from ?? null,
    }),
    ctx.jobs.enqueue(
      [{ queue: "staff-notice-send", key: `staff-notice:${id}`, data: { notificationId: id } }],
      tx,
    ),
  ]);
}
