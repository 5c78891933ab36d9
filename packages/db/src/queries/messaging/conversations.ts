import { and, desc, eq, lt, sql } from "drizzle-orm";

import type { Queryable, Tx } from "../../client";
import {
  children,
  childTherapists,
  conversationMembers,
  conversationReaders,
  appointments,
  conversations,
  documents,
  guardianLinks,
  messages,
  programActivities,
  users,
} from "../../schema";

/** The channel every server process listens on: a conversation's new message, by ids only. */
export const MESSAGE_CHANNEL = "message_changes";
export type MessageChange = {
  messageId: string;
  conversationId: string;
  childId: string;
  clinicId: string;
};

/** Delivered to every listener when the transaction commits, and never when it rolls back. */
export async function notifyMessageSent(tx: Tx, change: MessageChange) {
  await tx.execute(sql`select pg_notify(${MESSAGE_CHANNEL}, ${JSON.stringify(change)})`);
}

/** The child's conversation, started on first use (one per child, whoever starts it at once). */
export async function ensureConversation(
  q: Queryable,
  child: { clinicId: string; childId: string },
) {
  await q.insert(conversations).values(child).onConflictDoNothing();
  const [conversation] = await q
    .select()
    .from(conversations)
    .where(eq(conversations.childId, child.childId));
  if (!conversation) throw new Error("conversation not kept");
  return conversation;
}

export async function findConversationOfChild(q: Queryable, childId: string) {
  const [conversation] = await q
    .select()
    .from(conversations)
    .where(eq(conversations.childId, childId));
  return conversation ?? null;
}

export type NewMessage = {
  conversationId: string;
  clinicId: string;
  childId: string;
  authorId: string | null;
  side: "family" | "staff" | "clinic";
  body: string;
  activityId?: string | null;
  appointmentId?: string | null;
  documentId?: string | null;
  practiceVideoId?: string | null;
  videoMomentSeconds?: number | null;
  createdAt: Date;
};

/** A message, the conversation's latest, read by its author as they send it. */
export async function insertMessage(tx: Tx, message: NewMessage) {
  const [inserted] = await tx.insert(messages).values(message).returning();
  if (!inserted) throw new Error("message not kept");
  await tx
    .update(conversations)
    .set({
      lastMessageAt: sql`greatest(${conversations.lastMessageAt}, ${message.createdAt.toISOString()}::timestamptz)`,
    })
    .where(eq(conversations.id, message.conversationId));
  if (message.authorId)
    await markConversationRead(tx, message.conversationId, message.authorId, message.createdAt);
  return inserted;
}

/** Everything in the conversation up to `at` counts as read by the person. */
export async function markConversationRead(
  q: Queryable,
  conversationId: string,
  userId: string,
  at: Date,
) {
  await q
    .insert(conversationReaders)
    .values({ conversationId, userId, readAt: at })
    .onConflictDoUpdate({
      target: [conversationReaders.conversationId, conversationReaders.userId],
      set: { readAt: sql`greatest(${conversationReaders.readAt}, excluded.read_at)` },
    });
}

/** The conversation's messages, newest `limit` before `before` (all when not given), oldest first. */
export async function listMessages(
  q: Queryable,
  conversationId: string,
  page: { before?: Date; limit: number },
) {
  const rows = await q
    .select({
      id: messages.id,
      side: messages.side,
      authorId: messages.authorId,
      authorName: users.name,
      body: messages.body,
      activityId: messages.activityId,
      activityTitle: sql<string | null>`${programActivities.content}->>'title'`,
      appointmentId: messages.appointmentId,
      sessionStartsAt: appointments.startsAt,
      documentId: messages.documentId,
      documentName: documents.fileName,
      documentMime: documents.mime,
      practiceVideoId: messages.practiceVideoId,
      videoMomentSeconds: messages.videoMomentSeconds,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.authorId))
    .leftJoin(documents, eq(documents.id, messages.documentId))
    .leftJoin(programActivities, eq(programActivities.id, messages.activityId))
    .leftJoin(appointments, eq(appointments.id, messages.appointmentId))
    .where(
      and(
        eq(messages.conversationId, conversationId),
        page.before ? lt(messages.createdAt, page.before) : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(page.limit);
  return rows.reverse();
}

/** When the person last read the conversation, and last had an email about it. */
export async function findReader(q: Queryable, conversationId: string, userId: string) {
  const [reader] = await q
    .select()
    .from(conversationReaders)
    .where(
      and(
        eq(conversationReaders.conversationId, conversationId),
        eq(conversationReaders.userId, userId),
      ),
    );
  return reader ?? null;
}

/** When the conversation last had an automatic reply. */
export async function lastAutoReplyAt(q: Queryable, conversationId: string) {
  const [row] = await q
    .select({
      at: sql<Date | null>`max(${messages.createdAt})`.mapWith((v) =>
        v ? new Date(v as string) : null,
      ),
    })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.side, "clinic")));
  return row?.at ?? null;
}

/**
 * Everyone a message in the child's conversation goes to, with their email and when they were last
 * emailed about it: the guardians the clinic lets message, the child's therapists, and staff added.
 */
export async function listConversationPeople(
  q: Queryable,
  child: { childId: string; conversationId: string },
) {
  const people = sql`(
    select ${guardianLinks.guardianId} as user_id, 'family' as side from ${guardianLinks}
      where ${guardianLinks.childId} = ${child.childId} and ${guardianLinks.canMessage}
    union select ${childTherapists.therapistId}, 'staff' from ${childTherapists}
      where ${childTherapists.childId} = ${child.childId}
    union select ${children.primaryTherapistId}, 'staff' from ${children}
      where ${children.id} = ${child.childId} and ${children.primaryTherapistId} is not null
    union select ${conversationMembers.userId}, 'staff' from ${conversationMembers}
      where ${conversationMembers.conversationId} = ${child.conversationId}
  )`;
  return q.execute<{
    userId: string;
    side: "family" | "staff";
    email: string;
    noticedAt: string | null;
  }>(sql`
    select p.user_id as "userId", p.side, u.email, r.noticed_at as "noticedAt"
    from ${people} p
    join users u on u.id = p.user_id
    left join conversation_readers r on r.conversation_id = ${child.conversationId}
      and r.user_id = p.user_id
    order by u.email`);
}

/** These people were emailed about the conversation now. */
export async function markNoticed(
  q: Queryable,
  conversationId: string,
  userIds: string[],
  at: Date,
) {
  if (userIds.length === 0) return;
  await q
    .insert(conversationReaders)
    .values(userIds.map((userId) => ({ conversationId, userId, noticedAt: at })))
    .onConflictDoUpdate({
      target: [conversationReaders.conversationId, conversationReaders.userId],
      set: { noticedAt: sql`excluded.noticed_at` },
    });
}

/** An admin who writes in a conversation joins it: later messages reach them too. */
export async function addConversationMember(
  q: Queryable,
  member: { conversationId: string; userId: string; addedById: string },
) {
  await q.insert(conversationMembers).values(member).onConflictDoNothing();
}

/**
 * Whether the activity is one of the child's program and the session one the child was booked
 * into (each true when not given): what a message may be about.
 */
export async function findMessageSubjects(
  q: Queryable,
  input: {
    childId: string;
    activityId?: string;
    appointmentId?: string;
    documentId?: string;
    practiceVideoId?: string;
  },
  side: "family" | "staff",
) {
  const [row] = await q.execute<{
    activity: boolean;
    session: boolean;
    document: boolean;
    video: boolean;
  }>(sql`
    select
      ${input.activityId ?? null}::uuid is null or exists (
        select 1 from program_activities a join home_programs p on p.id = a.program_id
        where a.id = ${input.activityId ?? null}::uuid and p.child_id = ${input.childId}
      ) as activity,
      ${input.appointmentId ?? null}::uuid is null or exists (
        select 1 from appointment_participants ap
        where ap.appointment_id = ${input.appointmentId ?? null}::uuid
          and ap.child_id = ${input.childId}
      ) as session,
      ${input.documentId ?? null}::uuid is null or exists (
        select 1 from documents d
        where d.id = ${input.documentId ?? null}::uuid and d.child_id = ${input.childId}
          and (${side} = 'staff' or d.shared_with_family or d.source = 'family')
      ) as document,
      ${input.practiceVideoId ?? null}::uuid is null or exists (
        select 1 from practice_videos v
        where v.id = ${input.practiceVideoId ?? null}::uuid and v.child_id = ${input.childId}
      ) as video`);
  return {
    activity: row?.activity ?? false,
    session: row?.session ?? false,
    document: row?.document ?? false,
    video: row?.video ?? false,
  };
}

/** The clinic's admins, and whether each is in the child's conversation (added, or wrote in it). */
export function listConversationAdmins(
  q: Queryable,
  input: { clinicId: string; conversationId: string | null },
) {
  return q.execute<{ userId: string; name: string; added: boolean }>(sql`
    select u.id as "userId", u.name,
      exists (select 1 from conversation_members cm
        where cm.conversation_id = ${input.conversationId}::uuid and cm.user_id = u.id) as added
    from memberships ms join users u on u.id = ms.user_id
    where ms.clinic_id = ${input.clinicId} and ms.role = 'admin' and ms.deactivated_at is null
    order by u.name`);
}
