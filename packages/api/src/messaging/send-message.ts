import type { Tx } from "@carryover/db";
import {
  addConversationMember,
  ensureConversation,
  findConversationOfChild,
  findMessageSubjects,
  insertMessage,
  lastAutoReplyAt,
  listConversationPeople,
  markConversationRead,
  markNoticed,
  notifyMessageSent,
} from "@carryover/db/queries";
import {
  autoReplyFor,
  decideConversationStart,
  isMessageNoticeDue,
  messageNoticeOf,
} from "@carryover/domain/messaging";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireConversationAccess } from "../policy/messaging-access";
import type { SendMessageInput } from "./message.contracts";

type Sent = { conversationId: string; childId: string; clinicId: string; messageId: string };

/**
 * Sends a message in a child's conversation (started by it when the clinic lets this side start),
 * with the clinic's automatic reply to a family outside office hours, an email without its content
 * to everyone else not emailed about it in 15 minutes, and its audit row; open pages hear of it when
 * it commits.
 */
export async function sendMessage(ctx: ActorContext, input: SendMessageInput) {
  const { actor } = ctx;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const { facts, settings, side } = await requireConversationAccess(tx, actor, input.childId);
    const child = { clinicId: facts.clinicId, childId: input.childId };
    const subjects = await findMessageSubjects(tx, input, side);
    if (!subjects.activity) throw notFound("activity");
    if (!subjects.session) throw notFound("session");
    if (!subjects.document) throw notFound("document");
    if (!subjects.video) throw notFound("practice video");
    if (!(await findConversationOfChild(tx, input.childId))) {
      const start = decideConversationStart(settings.messaging, side);
      if (!start.ok) throw new AppError("FORBIDDEN", start.reason, start.message);
    }
    const conversation = await ensureConversation(tx, child);
    const message = await insertMessage(tx, {
      ...child,
      conversationId: conversation.id,
      authorId: actor.userId,
      side,
      body: input.body,
      activityId: input.activityId ?? null,
      appointmentId: input.appointmentId ?? null,
      documentId: input.documentId ?? null,
      practiceVideoId: input.practiceVideoId ?? null,
      videoMomentSeconds: input.practiceVideoId ? (input.videoMomentSeconds ?? null) : null,
      createdAt: now,
    });
    if (side === "staff" && !facts.therapistIds.includes(actor.userId)) {
      await addConversationMember(tx, {
        conversationId: conversation.id,
        userId: actor.userId,
        addedById: actor.userId,
      });
    }
    const sent = { ...child, conversationId: conversation.id, messageId: message.id };
    const reply = autoReplyFor({
      settings: settings.messaging,
      from: side,
      now,
      zone: facts.clinicTimeZone,
      lastAutoReplyAt: await lastAutoReplyAt(tx, conversation.id),
    });
    if (reply)
      await sendAutoReply(tx, sent, reply, { writerId: actor.userId, after: message.createdAt });
    await emailTheOthers(ctx, tx, { ...sent, clinicName: facts.clinicName });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "message.send",
      entityType: "child",
      entityId: input.childId,
    });
    await notifyMessageSent(tx, sent);
    return { id: message.id, conversationId: conversation.id, createdAt: message.createdAt };
  });
}

/**
 * The clinic's automatic reply, a moment after the family's message so it reads below it, read by
 * the family who just wrote (it answers them; it is nothing new to them).
 */
async function sendAutoReply(
  tx: Tx,
  sent: Sent,
  body: string,
  family: { writerId: string; after: Date },
) {
  const reply = await insertMessage(tx, {
    conversationId: sent.conversationId,
    clinicId: sent.clinicId,
    childId: sent.childId,
    authorId: null,
    side: "clinic",
    body,
    createdAt: new Date(+family.after + 1),
  });
  await markConversationRead(tx, sent.conversationId, family.writerId, reply.createdAt);
  await notifyMessageSent(tx, { ...sent, messageId: reply.id });
}

/** An email to each person of the conversation but the author, unless they had one in 15 minutes. */
async function emailTheOthers(ctx: ActorContext, tx: Tx, sent: Sent & { clinicName: string }) {
  const now = ctx.now();
  const people = await listConversationPeople(tx, sent);
  const due = people.filter(
    (person) =>
      person.userId !== ctx.actor.userId &&
      isMessageNoticeDue(person.noticedAt ? new Date(person.noticedAt) : null, now),
  );
  for (const person of due) {
    const page = person.side === "family" ? "/family/messages" : "/messages";
    const notice = messageNoticeOf(sent.clinicName, `${ctx.appUrl}${page}/${sent.childId}`);
    await ctx.mail.send(tx, { to: person.email, clinicId: sent.clinicId, ...notice });
  }
  await markNoticed(
    tx,
    sent.conversationId,
    due.map((person) => person.userId),
    now,
  );
}
