import { countUnreadMessages, findClinic, listInbox } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { conversationScopeOf } from "./scope";

/** The actor's conversations, one per child in their scope, the latest first, with unread counts. */
export async function listConversations(ctx: ActorContext) {
  const [rows, clinic] = await Promise.all([
    inboxRows(ctx),
    findClinic(ctx.db, ctx.actor.clinicId),
  ]);
  return { timeZone: clinic?.timeZone ?? "UTC", conversations: rows };
}

async function inboxRows(ctx: ActorContext) {
  const { actor } = ctx;
  const rows = await listInbox(ctx.db, {
    clinicId: actor.clinicId,
    userId: actor.userId,
    scope: conversationScopeOf(actor),
  });
  return rows.map((row) => ({
    ...row,
    lastMessageAt: row.lastMessageAt ? new Date(row.lastMessageAt) : null,
  }));
}

/** How many messages the actor has not read, for the navigation. */
export async function countUnread(ctx: ActorContext) {
  const { actor } = ctx;
  const unread = await countUnreadMessages(ctx.db, {
    clinicId: actor.clinicId,
    userId: actor.userId,
    scope: conversationScopeOf(actor),
  });
  return { unread };
}
