import { and, eq } from "drizzle-orm";

import type { Queryable } from "../../client";
import { sessionTypes } from "../../schema";

/** Changes one session type of a clinic; undefined when the clinic has no such type. */
export async function updateSessionType(
  q: Queryable,
  clinicId: string,
  sessionTypeId: string,
  changes: Pick<
    typeof sessionTypes.$inferInsert,
    | "durationMinutes"
    | "priceCents"
    | "capacity"
    | "minimumNoticeMinutes"
    | "cancellationWindowHours"
  >,
) {
  const [row] = await q
    .update(sessionTypes)
    .set(changes)
    .where(and(eq(sessionTypes.clinicId, clinicId), eq(sessionTypes.id, sessionTypeId)))
    .returning();
  return row;
}
