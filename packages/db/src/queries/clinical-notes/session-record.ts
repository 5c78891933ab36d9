import { and, asc, eq, gte, isNull, sql } from "drizzle-orm";

import type { TreatmentService } from "@carryover/domain/clinical-notes";

import type { Queryable } from "../../client";
import { reusable } from "../../reusable";
import {
  homePrograms,
  practiceLogs,
  programActivities,
  programRevisions,
  sessionServiceMarks,
} from "../../schema";

/* What a video session recorded for its visit note: the service marks and the practice logged in it. */

export async function insertServiceMark(
  q: Queryable,
  mark: { appointmentId: string; service: TreatmentService; at: Date },
) {
  const [row] = await q.insert(sessionServiceMarks).values(mark).returning({
    id: sessionServiceMarks.id,
    service: sessionServiceMarks.service,
    at: sessionServiceMarks.at,
  });
  if (!row) throw new Error("service mark not inserted");
  return row;
}

const serviceMarks = reusable("session_service_marks", (q) =>
  q
    .select({ service: sessionServiceMarks.service, at: sessionServiceMarks.at })
    .from(sessionServiceMarks)
    .where(eq(sessionServiceMarks.appointmentId, sql.placeholder("appointmentId")))
    .orderBy(asc(sessionServiceMarks.at), asc(sessionServiceMarks.id)),
);

export function listServiceMarks(q: Queryable, appointmentId: string) {
  return serviceMarks(q, { appointmentId });
}

// A day before the session's start bounds what the session can hold: its join window opens later.
const sessionHorizon = () =>
  sql`(select a.starts_at - interval '1 day' from appointments a where a.id = ${sql.placeholder("appointmentId")}::uuid)`;

const sessionPractice = reusable("session_practice", (q) =>
  q
    .select({
      activityId: practiceLogs.activityId,
      content: programActivities.content,
      entry: practiceLogs.entry,
      loggedAt: practiceLogs.loggedAt,
    })
    .from(practiceLogs)
    .innerJoin(programActivities, eq(programActivities.id, practiceLogs.activityId))
    .where(
      and(
        eq(practiceLogs.childId, sql.placeholder("childId")),
        eq(
          practiceLogs.loggedById,
          sql`(select a.therapist_id from appointments a where a.id = ${sql.placeholder("appointmentId")}::uuid)`,
        ),
        eq(practiceLogs.inSession, true),
        isNull(practiceLogs.voidedAt),
        gte(practiceLogs.loggedAt, sessionHorizon()),
      ),
    )
    .orderBy(asc(practiceLogs.loggedAt)),
);

/**
 * Practice the session's therapist logged in session for the child from a day before the session
 * on, with each activity's title: a superset of the session's, which the caller cuts to its times.
 * It needs only the session, so it goes out with the session's other reads.
 */
export function listSessionPractice(q: Queryable, appointmentId: string, childId: string) {
  return sessionPractice(q, { appointmentId, childId });
}

const sessionProgramChanges = reusable("session_program_changes", (q) =>
  q
    .select({ at: programRevisions.at, changes: programRevisions.changes })
    .from(programRevisions)
    .innerJoin(homePrograms, eq(homePrograms.id, programRevisions.programId))
    .where(
      and(
        eq(homePrograms.childId, sql.placeholder("childId")),
        gte(programRevisions.at, sessionHorizon()),
      ),
    )
    .orderBy(asc(programRevisions.at)),
);

/** The child's program changes from a day before the session on, in words, oldest first (as above). */
export function listSessionProgramChanges(q: Queryable, appointmentId: string, childId: string) {
  return sessionProgramChanges(q, { appointmentId, childId });
}
