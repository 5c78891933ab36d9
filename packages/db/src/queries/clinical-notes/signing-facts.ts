import { and, asc, desc, eq, gt, isNull, lte, or, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import { clinicalConsents, clinicalGoals, clinicalNotes, memberships } from "../../schema";

/* What signing a note checks besides the note: visits since the last report, goals, consent, credential. */

/**
 * This visit's number since the child's last signed progress report: the visit notes after that
 * report's day of service, up to and including this one (same-day notes in the order drafted).
 */
export async function countVisitsSinceLastReport(
  q: Queryable,
  note: { id: string; childId: string; serviceOn: string; createdAt: Date },
) {
  const [report] = await q
    .select({ serviceOn: clinicalNotes.serviceOn })
    .from(clinicalNotes)
    .where(
      and(
        eq(clinicalNotes.childId, note.childId),
        eq(clinicalNotes.kind, "progress_report"),
        sql`${clinicalNotes.signedAt} is not null`,
      ),
    )
    .orderBy(desc(clinicalNotes.serviceOn))
    .limit(1);
  const [row] = await q
    .select({ visits: sql<number>`count(*)::int` })
    .from(clinicalNotes)
    .where(
      and(
        eq(clinicalNotes.childId, note.childId),
        eq(clinicalNotes.kind, "visit"),
        report ? gt(clinicalNotes.serviceOn, report.serviceOn) : undefined,
        or(
          eq(clinicalNotes.id, note.id),
          sql`(${clinicalNotes.serviceOn}, ${clinicalNotes.createdAt}) < (${note.serviceOn}::date, ${note.createdAt.toISOString()}::timestamptz)`,
        ),
      ),
    );
  // A visit on the report's own day (or before it) opens the next count.
  return Math.max(1, row?.visits ?? 1);
}

export async function listActiveGoalIds(q: Queryable, childId: string) {
  const rows = await q
    .select({ id: clinicalGoals.id })
    .from(clinicalGoals)
    .where(and(eq(clinicalGoals.childId, childId), eq(clinicalGoals.state, "active")))
    .orderBy(asc(clinicalGoals.position), asc(clinicalGoals.createdAt));
  return rows.map((r) => r.id);
}

/** Whether a caregiver-training consent given on or before `on` stands (not revoked). */
export async function hasCaregiverTrainingConsent(q: Queryable, childId: string, on: string) {
  const [row] = await q
    .select({ id: clinicalConsents.id })
    .from(clinicalConsents)
    .where(
      and(
        eq(clinicalConsents.childId, childId),
        eq(clinicalConsents.kind, "caregiver_training"),
        lte(clinicalConsents.givenOn, on),
        isNull(clinicalConsents.revokedAt),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** A therapist's credential and supervising OT in one clinic. */
export async function findTherapistCredential(q: Queryable, userId: string, clinicId: string) {
  const [row] = await q
    .select({ credential: memberships.credential, supervisorId: memberships.supervisorId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.clinicId, clinicId)));
  return row;
}
