import { deleteSecondFactors, findMembership } from "@carryover/db/queries";

import type { UserId } from "../clinic/staff.contracts";
import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";

/**
 * A lost phone: an admin removes someone's app, recovery codes, passkeys and trusted devices, so
 * they set up a new second factor at their next sign-in.
 */
export async function resetSecondFactors(ctx: ActorContext, input: UserId) {
  return ctx.db.transaction(async (tx) => {
    const membership = await findMembership(tx, ctx.actor.clinicId, input.userId);
    if (!membership) throw notFound("person");
    const removed = await deleteSecondFactors(tx, input.userId, ctx.now());
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "user.mfa_reset",
      entityType: "user",
      entityId: input.userId,
    });
    return { ok: true as const, removed: removed.totp || removed.passkeys > 0 };
  });
}
