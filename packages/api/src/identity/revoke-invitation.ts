import { revokeInvitation as revoke } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";

export async function revokeInvitation(ctx: ActorContext, input: { invitationId: string }) {
  await ctx.db.transaction(async (tx) => {
    if (!(await revoke(tx, ctx.actor.clinicId, input.invitationId, ctx.now())))
      throw notFound("pending invitation");
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "invitation.revoke",
      entityType: "invitation",
      entityId: input.invitationId,
    });
  });
}
