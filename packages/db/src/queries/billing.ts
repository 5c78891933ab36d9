import { and, asc, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";

import type { Queryable } from "../client";
import {
  appointmentParticipants,
  appointments,
  authorizations,
  clinicalNotes,
  coverages,
  payers,
} from "../schema";

/** A child's coverages, primary first, with their payers and authorizations, latest ending first. */
export async function listChildCoverages(q: Queryable, childId: string) {
  const rows = await q
    .select({
      id: coverages.id,
      rank: coverages.rank,
      memberId: coverages.memberId,
      groupNumber: coverages.groupNumber,
      relationship: coverages.relationship,
      subscriberName: coverages.subscriberName,
      effectiveFrom: coverages.effectiveFrom,
      effectiveTo: coverages.effectiveTo,
      payerName: payers.name,
      payerKind: payers.kind,
      payerRules: payers.rules,
    })
    .from(coverages)
    .innerJoin(payers, eq(payers.id, coverages.payerId))
    .where(eq(coverages.childId, childId))
    .orderBy(asc(coverages.rank), asc(coverages.effectiveFrom), asc(coverages.id));
  const auths =
    rows.length === 0
      ? []
      : await q
          .select()
          .from(authorizations)
          .where(
            inArray(
              authorizations.coverageId,
              rows.map((row) => row.id),
            ),
          )
          .orderBy(sql`${authorizations.endsOn} desc`, asc(authorizations.id));
  return rows.map((row) => ({
    ...row,
    authorizations: auths.filter((auth) => auth.coverageId === row.id),
  }));
}

/** A child's signed visit notes from `since` on, their day and content: the visits billed or to be. */
export async function listSignedVisits(q: Queryable, childId: string, since: string) {
  return q
    .select({ on: clinicalNotes.serviceOn, content: clinicalNotes.content })
    .from(clinicalNotes)
    .where(
      and(
        eq(clinicalNotes.childId, childId),
        eq(clinicalNotes.kind, "visit"),
        isNotNull(clinicalNotes.signedAt),
        gte(clinicalNotes.serviceOn, since),
      ),
    );
}

/** A child's sessions still ahead, not cancelled, up to `until`: when each starts and how long it is. */
export async function listBookedSessionsOfChild(
  q: Queryable,
  childId: string,
  from: Date,
  until: Date,
) {
  return q
    .select({ startsAt: appointments.startsAt, endsAt: appointments.endsAt })
    .from(appointments)
    .innerJoin(
      appointmentParticipants,
      eq(appointmentParticipants.appointmentId, appointments.id),
    )
    .where(
      and(
        eq(appointmentParticipants.childId, childId),
        sql`${appointmentParticipants.leftAt} is null`,
        eq(appointments.status, "scheduled"),
        gte(appointments.startsAt, from),
        lte(appointments.startsAt, until),
      ),
    )
    .orderBy(asc(appointments.startsAt));
}
