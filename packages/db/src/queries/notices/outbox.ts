import { desc, eq } from "drizzle-orm";

import type { Queryable } from "../../client";
import { mailOutbox } from "../../schema";

export async function insertOutboxMessage(q: Queryable, message: typeof mailOutbox.$inferInsert) {
  await q.insert(mailOutbox).values(message);
}

export async function listOutboxMessages(q: Queryable, clinicId: string, limit = 100) {
  return q
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.clinicId, clinicId))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(limit);
}
