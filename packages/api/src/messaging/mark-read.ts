import { findConversationOfChild, markConversationRead } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { requireConversationAccess } from "../policy/messaging-access";
import type { ConversationOf } from "./message.contracts";

/** Everything in the child's conversation until now counts as read by the actor. */
export async function markRead(ctx: ActorContext, input: ConversationOf) {
  await requireConversationAccess(ctx.db, ctx.actor, input.childId);
  const conversation = await findConversationOfChild(ctx.db, input.childId);
  if (conversation)
    await markConversationRead(ctx.db, conversation.id, ctx.actor.userId, ctx.now());
  return { ok: true as const };
}
