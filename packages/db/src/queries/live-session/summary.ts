import { and, asc, eq, gt, gte, inArray, isNull, lt } from "drizzle-orm";

import type { Queryable } from "../../client";
import {
  appointmentParticipants,
  appointments,
  homePrograms,
  programRevisions,
  sessionTypes,
} from "../../schema";

/** What changed in the children's programs in [from, to), in words, oldest first. */
export async function listProgramChangesBetween(
  q: Queryable,
  childIds: string[],
  from: Date,
  to: Date,
) {
  if (!childIds.length) return [];
  return q
    .select({
      childId: homePrograms.childId,
      at: programRevisions.at,
      changes: programRevisions.changes,
    })
    .from(programRevisions)
    .innerJoin(homePrograms, eq(homePrograms.id, programRevisions.programId))
    .where(
      and(
        inArray(homePrograms.childId, childIds),
        gte(programRevisions.at, from),
        lt(programRevisions.at, to),
      ),
    )
    .orderBy(asc(programRevisions.at));
}

/** The child's next scheduled session starting after `after`. */
export async function findNextSession(q: Queryable, childId: string, after: Date) {
  const [row] = await q
    .select({
      start: appointments.startsAt,
      timeZone: appointments.timeZone,
      title: sessionTypes.name,
    })
    .from(appointmentParticipants)
    .innerJoin(appointments, eq(appointments.id, appointmentParticipants.appointmentId))
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .where(
      and(
        eq(appointmentParticipants.childId, childId),
        isNull(appointmentParticipants.leftAt),
        eq(appointments.status, "scheduled"),
        gt(appointments.startsAt, after),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .limit(1);
  return row;
}
