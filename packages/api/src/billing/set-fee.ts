import { deleteFee, findPayer, setFee as upsertFee } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { SetFee } from "./fee-schedule.contracts";

/**
 * Sets (or clears) what one payer, or the clinic's standard schedule, charges for a code. Claims
 * coded from now on use it; billing staff only.
 */
export async function setFee(ctx: ActorContext, input: SetFee) {
  requireBillingStaff(ctx.actor, "fee schedule");
  const clinicId = ctx.actor.clinicId;
  return ctx.db.transaction(async (tx) => {
    if (input.payerId !== null && !(await findPayer(tx, clinicId, input.payerId)))
      throw notFound("payer");
    const key = { clinicId, payerId: input.payerId, code: input.code };
    if (input.cents === null) await deleteFee(tx, key);
    else await upsertFee(tx, { ...key, cents: input.cents, at: ctx.now() });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId,
      action: "fee_schedule.set",
      entityType: input.payerId === null ? "clinic" : "payer",
      entityId: input.payerId ?? clinicId,
    });
    return input;
  });
}
