import { and, asc, eq, gte, isNull, lte, sql } from "drizzle-orm";

import type { TreatmentService } from "@carryover/domain/clinical-notes";

import type { Queryable } from "../../client";
import { reusable } from "../../reusable";
import { practiceLogs, programActivities, sessionServiceMarks } from "../../schema";

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

/** Practice the therapist logged for the child in a session between `from` and `to`, with each activity's title. */
export async function listInSessionPractice(
  q: Queryable,
  input: { childId: string; loggedById: string; from: Date; to: Date },
) {
  return q
    .select({
      activityId: practiceLogs.activityId,
      content: programActivities.content,
      entry: practiceLogs.entry,
    })
    .from(practiceLogs)
    .innerJoin(programActivities, eq(programActivities.id, practiceLogs.activityId))
    .where(
      and(
        eq(practiceLogs.childId, input.childId),
        eq(practiceLogs.loggedById, input.loggedById),
        eq(practiceLogs.inSession, true),
        isNull(practiceLogs.voidedAt),
        gte(practiceLogs.loggedAt, input.from),
        lte(practiceLogs.loggedAt, input.to),
      ),
    )
    .orderBy(asc(practiceLogs.loggedAt));
}
