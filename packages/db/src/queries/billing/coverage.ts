import { and, asc, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import {
  appointmentParticipants,
  appointments,
  authorizations,
  children,
  claims,
  clinicalNotes,
  coverages,
  payers,
} from "../../schema";

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

/**
 * A clinic's authorizations current on `today`, with the child, the payer and its rules: the ones
 * whose burn-down the clinic watches.
 */
export async function listCurrentAuthorizations(q: Queryable, clinicId: string, today: string) {
  return q
    .select({
      authorization: authorizations,
      childId: coverages.childId,
      childName: sql<string>`${children.firstName} || ' ' || ${children.lastName}`,
      payerName: payers.name,
      payerRules: payers.rules,
    })
    .from(authorizations)
    .innerJoin(coverages, eq(coverages.id, authorizations.coverageId))
    .innerJoin(children, eq(children.id, coverages.childId))
    .innerJoin(payers, eq(payers.id, coverages.payerId))
    .where(
      and(
        eq(authorizations.clinicId, clinicId),
        lte(authorizations.startsOn, today),
        gte(authorizations.endsOn, today),
      ),
    );
}

/** The signed visit notes of these children from `since` on: each child's visits billed or to be. */
export async function listSignedVisitsOfChildren(q: Queryable, childIds: string[], since: string) {
  if (childIds.length === 0) return [];
  return q
    .select({
      childId: clinicalNotes.childId,
      on: clinicalNotes.serviceOn,
      content: clinicalNotes.content,
    })
    .from(clinicalNotes)
    .where(
      and(
        inArray(clinicalNotes.childId, childIds),
        eq(clinicalNotes.kind, "visit"),
        isNotNull(clinicalNotes.signedAt),
        gte(clinicalNotes.serviceOn, since),
      ),
    );
}

/** These children's sessions still ahead and not cancelled, up to `until`. */
export async function listBookedSessionsOfChildren(
  q: Queryable,
  childIds: string[],
  from: Date,
  until: Date,
) {
  if (childIds.length === 0) return [];
  return q
    .select({
      childId: appointmentParticipants.childId,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
    })
    .from(appointments)
    .innerJoin(appointmentParticipants, eq(appointmentParticipants.appointmentId, appointments.id))
    .where(
      and(
        inArray(appointmentParticipants.childId, childIds),
        sql`${appointmentParticipants.leftAt} is null`,
        eq(appointments.status, "scheduled"),
        gte(appointments.startsAt, from),
        lte(appointments.startsAt, until),
      ),
    )
    .orderBy(asc(appointments.startsAt));
}

export async function findPayer(q: Queryable, clinicId: string, payerId: string) {
  const [row] = await q
    .select()
    .from(payers)
    .where(and(eq(payers.clinicId, clinicId), eq(payers.id, payerId)));
  return row ?? null;
}

export async function findCoverage(q: Queryable, clinicId: string, coverageId: string) {
  const [row] = await q
    .select()
    .from(coverages)
    .where(and(eq(coverages.clinicId, clinicId), eq(coverages.id, coverageId)));
  return row ?? null;
}

export async function insertAuthorization(
  q: Queryable,
  values: typeof authorizations.$inferInsert,
) {
  const [row] = await q.insert(authorizations).values(values).returning({ id: authorizations.id });
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The open claims under a coverage: what a new authorization may make ready. */
export async function listOpenClaimIdsOfCoverage(q: Queryable, coverageId: string) {
  const rows = await q
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.coverageId, coverageId), inArray(claims.status, ["draft", "ready"])));
  return rows.map((row) => row.id);
}
