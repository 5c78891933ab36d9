import { archivePayer as archivePayerRow } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { PayerKey } from "./payer.contracts";

/** Archives a payer: its plans and claims stay, and it takes no new plan. Billing staff only. */
export async function archivePayer(ctx: ActorContext, input: PayerKey) {
  requireBillingStaff(ctx.actor, "payer");
  return ctx.db.transaction(async (tx) => {
    const row = await archivePayerRow(tx, ctx.actor.clinicId, input.id, ctx.now());
    if (!row?.archivedAt) throw notFound("payer");
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "payer.archive",
      entityType: "payer",
      entityId: row.id,
    });
    return { id: row.id, archivedAt: row.archivedAt };
  });
}
