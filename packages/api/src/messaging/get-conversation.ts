import {
  findConversationOfChild,
  listConversationAdmins,
  listMessages,
  markConversationRead,
} from "@carryover/db/queries";
import { decideConversationStart, EMERGENCY_LINE } from "@carryover/domain/messaging";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireConversationAccess } from "../policy/messaging-access";
import type { ConversationOf } from "./message.contracts";

/** How many of the latest messages a conversation opens with. */
const OPENING_MESSAGES = 200;

/**
 * A child's conversation as the actor sees it: its latest messages, whether they may write, and the
 * emergency line; reading it marks it read. Audited: messages are part of the child's record.
 */
export async function getConversation(ctx: ActorContext, input: ConversationOf) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { facts, settings, side } = await requireConversationAccess(tx, actor, input.childId);
    const conversation = await findConversationOfChild(tx, input.childId);
    const rows = conversation
      ? await listMessages(tx, conversation.id, { limit: OPENING_MESSAGES })
      : [];
    if (conversation) await markConversationRead(tx, conversation.id, actor.userId, ctx.now());
    const admins =
      side === "staff"
        ? await listConversationAdmins(tx, {
            clinicId: facts.clinicId,
            conversationId: conversation?.id ?? null,
          })
        : [];
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "message.read",
      entityType: "child",
      entityId: input.childId,
    });
    const start = conversation
      ? { ok: true as const }
      : decideConversationStart(settings.messaging, side);
    return {
      childId: input.childId,
      childName: facts.childName,
      conversationId: conversation?.id ?? null,
      side,
      messages: rows.map(
        ({ authorId, authorName, side: from, documentName, documentMime, ...message }) => ({
          ...message,
          document:
            message.documentId && documentName && documentMime
              ? { id: message.documentId, fileName: documentName, mime: documentMime }
              : null,
          side: from,
          authorName: from === "clinic" ? facts.clinicName : authorName,
          mine: authorId === actor.userId,
        }),
      ),
      canWrite: start.ok,
      cannotWriteBecause: start.ok ? null : start.message,
      emergencyLine: EMERGENCY_LINE,
      admins,
      timeZone: facts.clinicTimeZone,
    };
  });
}
