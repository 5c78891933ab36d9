import { revokeInvitation as revoke } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import type { InvitationId } from "./invitation.contracts";

export async function revokeInvitation(ctx: ActorContext, input: InvitationId) {
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
