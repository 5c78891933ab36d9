import { sql, type SQL } from "drizzle-orm";

import type { Queryable } from "../../client";

/** Whose conversations a person sees: a family's own children, a therapist's caseload, or the clinic's. */
export type ConversationScope =
  { kind: "family"; userId: string } | { kind: "caseload"; userId: string } | { kind: "clinic" };

const childrenIn = (scope: ConversationScope): SQL => {
  switch (scope.kind) {
    case "family":
      return sql`ch.id in (select child_id from guardian_links
        where guardian_id = ${scope.userId} and can_message)`;
    case "caseload":
      return sql`ch.id in (select child_id from child_therapists where therapist_id = ${scope.userId}
        union select id from children where primary_therapist_id = ${scope.userId})`;
    case "clinic":
      return sql`c.id is not null`;
  }
};

export type InboxRow = {
  childId: string;
  childName: string;
  conversationId: string | null;
  lastMessageAt: string | null;
  lastSide: "family" | "staff" | "clinic" | null;
  lastBody: string | null;
  unread: number;
};

/**
 * A person's conversations, one per child in their scope (a child with none yet included for the
 * family and the caseload), the latest first, each with its last message and how many messages the
 * person has not read (their own never count).
 */
export async function listInbox(
  q: Queryable,
  input: { clinicId: string; userId: string; scope: ConversationScope },
): Promise<InboxRow[]> {
  return q.execute<InboxRow>(sql`
    select ch.id as "childId", ch.first_name || ' ' || ch.last_name as "childName",
      c.id as "conversationId", c.last_message_at as "lastMessageAt",
      last.side as "lastSide", left(last.body, 140) as "lastBody",
      (select count(*) from messages m where m.conversation_id = c.id
        and m.created_at > coalesce(r.read_at, '-infinity')
        and m.author_id is distinct from ${input.userId})::int as unread
    from children ch
    left join conversations c on c.child_id = ch.id
    left join conversation_readers r on r.conversation_id = c.id and r.user_id = ${input.userId}
    left join lateral (select m.side, m.body from messages m where m.conversation_id = c.id
      order by m.created_at desc, m.id desc limit 1) last on true
    where ch.clinic_id = ${input.clinicId} and ${childrenIn(input.scope)}
    order by c.last_message_at desc nulls last, ch.last_name, ch.first_name`);
}

/**
 * How many messages in the person's scope they have not read: the navigation's count. An admin
 * sees every conversation of the clinic, but counts only those they have joined (written in).
 */
export async function countUnreadMessages(
  q: Queryable,
  input: { clinicId: string; userId: string; scope: ConversationScope },
): Promise<number> {
  const [row] = await q.execute<{ unread: number }>(sql`
    select count(*)::int as unread
    from children ch
    join conversations c on c.child_id = ch.id
    join messages m on m.conversation_id = c.id
    left join conversation_readers r on r.conversation_id = c.id and r.user_id = ${input.userId}
    where ch.clinic_id = ${input.clinicId} and ${childrenIn(input.scope)}
      and (${input.scope.kind !== "clinic"} or c.id in (select conversation_id
        from conversation_members where user_id = ${input.userId}))
      and m.created_at > coalesce(r.read_at, '-infinity')
      and m.author_id is distinct from ${input.userId}`);
  return row?.unread ?? 0;
}

export type MessageMatch = {
  messageId: string;
  childId: string;
  childName: string;
  side: "family" | "staff" | "clinic";
  authorName: string | null;
  /** The words around the match, the matched ones between « and ». */
  excerpt: string;
  createdAt: string;
};

/** Messages in the person's scope matching the words (English stemming), the newest first. */
export function searchMessages(
  q: Queryable,
  input: { clinicId: string; scope: ConversationScope; words: string; limit: number },
): Promise<MessageMatch[]> {
  return q.execute<MessageMatch>(sql`
    select m.id as "messageId", ch.id as "childId",
      ch.first_name || ' ' || ch.last_name as "childName", m.side, u.name as "authorName",
      ts_headline('english', m.body, query, 'StartSel=«, StopSel=», MaxWords=24, MinWords=8')
        as excerpt,
      m.created_at as "createdAt"
    from messages m
    join conversations c on c.id = m.conversation_id
    join children ch on ch.id = m.child_id
    left join users u on u.id = m.author_id,
      websearch_to_tsquery('english', ${input.words}) query
    where m.clinic_id = ${input.clinicId} and ${childrenIn(input.scope)}
      and to_tsvector('english', m.body) @@ query
    order by m.created_at desc
    limit ${input.limit}`);
}
