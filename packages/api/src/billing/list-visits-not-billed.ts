import { listVisitsNotBilled } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { auditRead } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { VisitsNotBilled } from "./charge.contracts";

const LOOK_BACK_DAYS = 90;
const SHOWN = 50;

/**
 * The clinic's visits of the last 90 days billed nowhere yet — no note started, or a draft not
 * signed (of a session, or written without one) — newest first, for billing staff: who, when and with whom, never the note. Audited.
 */
export async function listVisitsNotBilledYet(ctx: ActorContext): Promise<VisitsNotBilled> {
  requireBillingStaff(ctx.actor, "visits");
  const { clinicId } = ctx.actor;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [rows] = await Promise.all([
      listVisitsNotBilled(tx, {
        clinicId,
        since: new Date(+now - LOOK_BACK_DAYS * 86_400_000),
        until: now,
        limit: SHOWN,
      }),
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId,
        action: "charge.visits_not_billed",
        entityType: "clinic",
        entityId: clinicId,
      }),
    ]);
    return {
      visits: rows.map((row) => ({
        appointmentId: row.appointmentId,
        noteId: row.noteId,
        at: row.at,
        childId: row.childId,
        childName: row.childName,
        therapistName: row.therapistName,
        reason: row.noteId === null ? ("no_note" as const) : ("note_unsigned" as const),
      })),
      total: rows[0]?.total ?? 0,
    };
  });
}
