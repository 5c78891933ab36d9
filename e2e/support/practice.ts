import { eq } from "drizzle-orm";

import { insertPracticeLog } from "@carryover/db/queries";
import { children, users } from "@carryover/db/schema";

import { withDatabase } from "./database";

/**
 * Ladder practice put straight into the database, one session a day back from today: enough for
 * the engine to call a step up, without going through Today's logging (another spec's subject).
 */
export async function logLadderSessions(
  childId: string,
  activityId: string,
  sessions: { success: number; notYet: number }[],
) {
  await withDatabase(async (db) => {
    const [child] = await db
      .select({ clinicId: children.clinicId })
      .from(children)
      .where(eq(children.id, childId));
    const [parent] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "parent.johnson@maplegrove.test"));
    if (!child || !parent) throw new Error("the child or the demo parent is missing");
    for (const [i, s] of sessions.entries()) {
      const day = new Date(Date.now() - (sessions.length - i) * 86_400_000);
      await db.transaction((tx) =>
        insertPracticeLog(tx, {
          clinicId: child.clinicId,
          childId,
          activityId,
          kind: "ladder",
          loggedById: parent.id,
          clientKey: `e2e-${activityId}-${i}`,
          practisedOn: day.toISOString().slice(0, 10),
          loggedAt: day,
          entry: { kind: "ladder", level: 0, success: s.success, withHelp: 0, notYet: s.notYet },
          minutes: 5,
        }),
      );
    }
  });
}
