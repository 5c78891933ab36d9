import { isNotNull } from "drizzle-orm";

import type { Db } from "../client";
import {
  childDiagnoses,
  childReferrals,
  clinicalConsents,
  clinicalGoals,
  clinicalNoteAddenda,
  clinicalNotes,
  memberships,
  physicianSignatureRequests,
  plansOfCare,
} from "../schema";

/**
 * The demo clinics with charts that have no history yet: the seeded clinical records removed and
 * every credential cleared, for tests that build a chart step by step from an empty one (the seeded
 * charts themselves are proved by the seed's own tests).
 */
export async function withoutDemoCharts(db: Db) {
  await db.transaction(async (tx) => {
    for (const table of [
      physicianSignatureRequests,
      clinicalNoteAddenda,
      clinicalGoals,
      clinicalNotes,
      plansOfCare,
      clinicalConsents,
      childReferrals,
      childDiagnoses,
    ])
      await tx.delete(table);
    await tx
      .update(memberships)
      .set({ credential: null, supervisorId: null })
      .where(isNotNull(memberships.credential));
  });
}
