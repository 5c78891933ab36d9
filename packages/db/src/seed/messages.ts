import { sql } from "drizzle-orm";

import type { Tx } from "../client";
import { ensureConversation, insertMessage } from "../queries/messaging";
import { conversations } from "../schema";

const HOUR = 3_600_000;

type Pair = { childId: string; firstName: string; guardianId: string; therapistId: string };

/** A clinic's first children (by name) with a guardian who may message and a primary therapist. */
async function childrenWithFamilies(tx: Tx, clinicId: string): Promise<Pair[]> {
  return tx.execute<Pair>(sql`
    select c.id as "childId", c.first_name as "firstName", g.guardian_id as "guardianId",
      c.primary_therapist_id as "therapistId"
    from children c
    join lateral (select guardian_id from guardian_links
      where child_id = c.id and can_message order by created_at limit 1) g on true
    where c.clinic_id = ${clinicId} and c.primary_therapist_id is not null
    order by c.last_name, c.first_name
    limit 2`);
}

/**
 * A conversation going both ways, its last message from the family not yet read by the therapist,
 * and one the therapist started that the family has not read: once, for a clinic with none yet.
 */
export async function seedDemoMessages(tx: Tx, clinic: { id: string }, now: Date) {
  const [any] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(sql`${conversations.clinicId} = ${clinic.id}`)
    .limit(1);
  if (any) return false;
  const [first, second] = await childrenWithFamilies(tx, clinic.id);
  const at = (hoursAgo: number) => new Date(+now - hoursAgo * HOUR);
  if (first) {
    const { id: conversationId } = await ensureConversation(tx, {
      clinicId: clinic.id,
      childId: first.childId,
    });
    const message = (authorId: string, side: "family" | "staff", body: string, hoursAgo: number) =>
      insertMessage(tx, {
        conversationId,
        clinicId: clinic.id,
        childId: first.childId,
        authorId,
        side,
        body,
        createdAt: at(hoursAgo),
      });
    await message(
      first.guardianId,
      "family",
      `${first.firstName} did the heavy-work routine before homework every day this week, and asked to do the wall push-ups without help!`,
      50,
    );
    await message(
      first.therapistId,
      "staff",
      "Wonderful: that is exactly the carryover we want. Keep it at 10 push-ups; I'll show you a harder version at our next session.",
      48,
    );
    await message(
      first.guardianId,
      "family",
      "Quick question: on swim days, is it OK to do the routine after dinner instead?",
      3,
    );
  }
  if (second) {
    const { id: conversationId } = await ensureConversation(tx, {
      clinicId: clinic.id,
      childId: second.childId,
    });
    await insertMessage(tx, {
      conversationId,
      clinicId: clinic.id,
      childId: second.childId,
      authorId: second.therapistId,
      side: "staff",
      body: `Hi! I added a morning activity to ${second.firstName}'s home program. Have a look on Today, and tell me how the first try goes.`,
      createdAt: at(20),
    });
  }
  return Boolean(first);
}
