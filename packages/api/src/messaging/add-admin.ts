import {
  addConversationMember,
  ensureConversation,
  listConversationAdmins,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireConversationAccess } from "../policy/messaging-access";
import type { AddAdminInput } from "./message.contracts";

/** The care team adds one of the clinic's admins to a child's conversation, without writing in it. */
export async function addAdmin(ctx: ActorContext, input: AddAdminInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { facts, side } = await requireConversationAccess(tx, actor, input.childId);
    if (side !== "staff")
      throw new AppError(
        "FORBIDDEN",
        "CARE_TEAM_ADDS",
        "Only the care team adds people to a conversation.",
      );
    const conversation = await ensureConversation(tx, {
      clinicId: facts.clinicId,
      childId: input.childId,
    });
    const admins = await listConversationAdmins(tx, {
      clinicId: facts.clinicId,
      conversationId: conversation.id,
    });
    if (!admins.some((admin) => admin.userId === input.adminId)) throw notFound("admin");
    await addConversationMember(tx, {
      conversationId: conversation.id,
      userId: input.adminId,
      addedById: actor.userId,
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "message.addAdmin",
      entityType: "child",
      entityId: input.childId,
    });
    return { childId: input.childId, adminId: input.adminId };
  });
}
