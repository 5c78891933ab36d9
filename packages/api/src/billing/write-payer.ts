import { isUniqueViolation, type Tx } from "@carryover/db";
import type { PayerValues } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { PayerDetails } from "./payer.contracts";

export const payerValuesOf = ({
  name,
  kind,
  payerId,
  address,
  rules,
}: PayerDetails): PayerValues => ({
  name,
  kind,
  payerId,
  addressLine1: address?.addressLine1 ?? null,
  city: address?.city ?? null,
  state: address?.state ?? null,
  zip: address?.zip ?? null,
  rules,
});

/**
 * A payer's write and its audit row in one transaction, by billing staff only; a name the clinic
 * already has is a CONFLICT on the name.
 */
export async function writePayer(
  ctx: ActorContext,
  change: { action: string; name: string },
  write: (tx: Tx) => Promise<string>,
) {
  requireBillingStaff(ctx.actor, "payer");
  try {
    return await ctx.db.transaction(async (tx) => {
      const id = await write(tx);
      await audit(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId: ctx.actor.clinicId,
        action: change.action,
        entityType: "payer",
        entityId: id,
      });
      return { id };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError(
      "CONFLICT",
      "PAYER_NAME_TAKEN",
      `The clinic already has a payer named ${change.name}. Give this one another name, or edit that one.`,
      { field: "name" },
    );
  }
}
