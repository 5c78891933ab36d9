import type { Queryable } from "@carryover/db";
import {
  archivePayer as archivePayerRow,
  restorePayer as restorePayerRow,
} from "@carryover/db/queries";

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
    await auditPayer(tx, ctx, "payer.archive", row.id);
    return { id: row.id, archivedAt: row.archivedAt };
  });
}

/** Takes an archived payer back (archived by mistake, or billed again): new plans may name it. */
export async function restorePayer(ctx: ActorContext, input: PayerKey) {
  requireBillingStaff(ctx.actor, "payer");
  return ctx.db.transaction(async (tx) => {
    const row = await restorePayerRow(tx, ctx.actor.clinicId, input.id);
    if (!row) throw notFound("payer");
    await auditPayer(tx, ctx, "payer.restore", row.id);
    return { id: row.id };
  });
}

const auditPayer = (tx: Queryable, ctx: ActorContext, action: string, payerId: string) =>
  audit(tx, ctx.meta, {
    actorId: ctx.actor.userId,
    clinicId: ctx.actor.clinicId,
    action,
    entityType: "payer",
    entityId: payerId,
  });
