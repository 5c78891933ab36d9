import { listNotesBlockingClaims } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";

import type { ActorContext } from "../context";
import { auditRead } from "../policy/audit";

/**
 * Signed notes whose claims wait on the clinician: a co-signature, a diagnosis, a certified plan
 * of care, a progress report, a consent, or minutes that support the units. A therapist sees the
 * visits they gave or co-sign; an admin sees the clinic's. No amounts: only what to fix.
 */
export async function listNotesBlockingBilling(ctx: ActorContext) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const [rows] = await Promise.all([
      listNotesBlockingClaims(tx, {
        clinicId: actor.clinicId,
        therapistId: can(actor.role, "reachWholeClinic") ? null : actor.userId,
      }),
      auditRead(tx, ctx.meta, {
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: "charge.blocking_notes",
        entityType: "clinic",
        entityId: actor.clinicId,
      }),
    ]);
    return rows;
  });
}
