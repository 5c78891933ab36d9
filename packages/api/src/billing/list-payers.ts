import { findClinic, listPayersOfClinic } from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { requireBillingStaff } from "../policy/billing-access";

/** The clinic's payers with their rule sets, current ones first; billing staff only. */
export async function listPayers(ctx: ActorContext) {
  requireBillingStaff(ctx.actor, "payers");
  return ctx.db.transaction(async (tx) => {
    const clinic = await findClinic(tx, ctx.actor.clinicId);
    if (!clinic) throw notFound("clinic");
    const rows = await listPayersOfClinic(
      tx,
      ctx.actor.clinicId,
      localDateOf(ctx.now(), clinic.timeZone),
    );
    return rows.map(({ addressLine1, city, state, zip, ...payer }) => ({
      ...payer,
      address: addressLine1 && city && state && zip ? { addressLine1, city, state, zip } : null,
    }));
  });
}
