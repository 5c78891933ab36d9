import { listFeeSessionTypes, upsertFeePolicy } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { FeePolicyEntry, UpdateFeePolicyInput } from "./fee-policy.contracts";

/**
 * Sets one of the clinic's missed-session fees: its amount and the clinic's own session types it is
 * charged for (none turns it off). Sessions missed from now on are charged it; fees already on a
 * family's balance stay as they were.
 */
export async function updateFeePolicy(
  ctx: ActorContext,
  input: UpdateFeePolicyInput,
): Promise<FeePolicyEntry> {
  requireBillingStaff(ctx.actor, "fee policy");
  const { clinicId, userId, name } = ctx.actor;
  const sessionTypeIds = [...new Set(input.sessionTypeIds)];
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const own = new Set((await listFeeSessionTypes(tx, clinicId)).map((type) => type.id));
    if (sessionTypeIds.some((id) => !own.has(id))) {
      throw new AppError(
        "VALIDATION",
        "UNKNOWN_SESSION_TYPE",
        "Choose from this clinic's session types. Reload the page to see them as they are now.",
        { field: "sessionTypeIds" },
      );
    }
    await upsertFeePolicy(tx, {
      clinicId,
      kind: input.kind,
      amountCents: input.amountCents,
      sessionTypeIds,
      updatedById: userId,
      at: now,
    });
    await audit(tx, ctx.meta, {
      actorId: userId,
      clinicId,
      action: "fee_policy.update",
      entityType: "clinic",
      entityId: clinicId,
    });
    return {
      kind: input.kind,
      amountCents: input.amountCents,
      sessionTypeIds,
      updatedAt: now,
      updatedByName: name,
    };
  });
}
