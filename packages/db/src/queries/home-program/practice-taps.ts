import { and, asc, eq, inArray, isNull } from "drizzle-orm";

import type { Queryable, Tx } from "../../client";
import { practiceLogs, practiceTaps } from "../../schema";

/** Records a tap unless this device (or page) already sent it; says whether it is new. */
export async function insertPracticeTap(tx: Tx, tap: typeof practiceTaps.$inferInsert) {
  const [inserted] = await tx
    .insert(practiceTaps)
    .values(tap)
    .onConflictDoNothing({ target: [practiceTaps.tappedById, practiceTaps.clientKey] })
    .returning({ id: practiceTaps.id });
  return { created: Boolean(inserted) };
}

/** Undoes a tap of a practice still in progress; a tap already in a log stays. */
export async function undoPracticeTap(
  tx: Tx,
  where: { childId: string; tappedById: string; clientKey: string; at: Date },
) {
  const rows = await tx
    .update(practiceTaps)
    .set({ undoneAt: where.at })
    .where(
      and(
        eq(practiceTaps.childId, where.childId),
        eq(practiceTaps.tappedById, where.tappedById),
        eq(practiceTaps.clientKey, where.clientKey),
        isNull(practiceTaps.logId),
        isNull(practiceTaps.undoneAt),
      ),
    )
    .returning({ id: practiceTaps.id });
  return rows.length > 0;
}

/** A child's practice in progress: the taps in no log yet, oldest first (locked when in a transaction). */
export async function listOpenPracticeTaps(q: Queryable, childId: string, lock = false) {
  const query = q
    .select()
    .from(practiceTaps)
    .where(
      and(
        eq(practiceTaps.childId, childId),
        isNull(practiceTaps.logId),
        isNull(practiceTaps.undoneAt),
      ),
    )
    .orderBy(asc(practiceTaps.tappedAt), asc(practiceTaps.id));
  return lock ? query.for("update") : query;
}

/** The practice's taps belong to the log they made. */
export async function closePracticeTaps(tx: Tx, tapIds: string[], logId: string) {
  if (tapIds.length === 0) return;
  await tx
    .update(practiceTaps)
    .set({ logId })
    .where(and(inArray(practiceTaps.id, tapIds), isNull(practiceTaps.logId)));
}

export async function findPracticeLog(q: Queryable, logId: string) {
  const [row] = await q.select().from(practiceLogs).where(eq(practiceLogs.id, logId));
  return row ?? null;
}

/** Marks a log undone; an undone log is counted nowhere (see listPracticeLogs). */
export async function voidPracticeLog(tx: Tx, logId: string, by: { userId: string; at: Date }) {
  await tx
    .update(practiceLogs)
    .set({ voidedAt: by.at, voidedById: by.userId })
    .where(and(eq(practiceLogs.id, logId), isNull(practiceLogs.voidedAt)));
}
