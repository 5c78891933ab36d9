import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { TherapistCredential } from "@carryover/domain/identity";

import type { Queryable } from "../../client";
import { childDiagnoses, childReferrals, clinicalConsents, memberships, users } from "../../schema";

export type DiagnosisKind = (typeof childDiagnoses.$inferSelect)["kind"];
export type ConsentKind = (typeof clinicalConsents.$inferSelect)["kind"];

const diagnosisColumns = {
  id: childDiagnoses.id,
  kind: childDiagnoses.kind,
  code: childDiagnoses.code,
  description: childDiagnoses.description,
  position: childDiagnoses.position,
  addedAt: childDiagnoses.createdAt,
};

/** A child's diagnoses, treatment first, each kind in the therapist's order. */
export async function listChildDiagnoses(q: Queryable, childId: string) {
  return q
    .select(diagnosisColumns)
    .from(childDiagnoses)
    .where(eq(childDiagnoses.childId, childId))
    .orderBy(
      asc(childDiagnoses.kind),
      asc(childDiagnoses.position),
      asc(childDiagnoses.createdAt),
      asc(childDiagnoses.id),
    );
}

/** The ids of a child's diagnoses of one kind, locked until the transaction ends, for reordering them. */
export async function lockChildDiagnosesOfKind(q: Queryable, childId: string, kind: DiagnosisKind) {
  const rows = await q
    .select({ id: childDiagnoses.id })
    .from(childDiagnoses)
    .where(and(eq(childDiagnoses.childId, childId), eq(childDiagnoses.kind, kind)))
    .for("update");
  return rows.map((row) => row.id);
}

/** Adds a diagnosis after the others of its kind; null when the child already has that code for that kind. */
export async function insertChildDiagnosis(
  q: Queryable,
  diagnosis: {
    clinicId: string;
    childId: string;
    kind: DiagnosisKind;
    code: string;
    description: string;
    addedById: string;
  },
) {
  const [row] = await q
    .insert(childDiagnoses)
    .values({
      ...diagnosis,
      position: sql`(select coalesce(max(${childDiagnoses.position}) + 1, 0)
        from ${childDiagnoses}
        where ${childDiagnoses.childId} = ${diagnosis.childId} and ${childDiagnoses.kind} = ${diagnosis.kind})`,
    })
    .onConflictDoNothing({
      target: [childDiagnoses.childId, childDiagnoses.kind, childDiagnoses.code],
    })
    .returning(diagnosisColumns);
  return row ?? null;
}

/** Removes one of a child's diagnoses and closes the gap in its kind's order; false when it is not the child's. */
export async function deleteChildDiagnosis(q: Queryable, childId: string, diagnosisId: string) {
  const [removed] = await q
    .delete(childDiagnoses)
    .where(and(eq(childDiagnoses.childId, childId), eq(childDiagnoses.id, diagnosisId)))
    .returning({ kind: childDiagnoses.kind });
  if (!removed) return false;
  const remaining = await q
    .select({ id: childDiagnoses.id })
    .from(childDiagnoses)
    .where(and(eq(childDiagnoses.childId, childId), eq(childDiagnoses.kind, removed.kind)))
    .orderBy(asc(childDiagnoses.position), asc(childDiagnoses.createdAt), asc(childDiagnoses.id));
  await setChildDiagnosisPositions(
    q,
    childId,
    removed.kind,
    remaining.map((row) => row.id),
  );
  return true;
}

/** Puts a kind's diagnoses in the given order (every id is the child's, of that kind). */
export async function setChildDiagnosisPositions(
  q: Queryable,
  childId: string,
  kind: DiagnosisKind,
  diagnosisIds: readonly string[],
) {
  for (const [position, id] of diagnosisIds.entries()) {
    await q
      .update(childDiagnoses)
      .set({ position })
      .where(
        and(
          eq(childDiagnoses.childId, childId),
          eq(childDiagnoses.kind, kind),
          eq(childDiagnoses.id, id),
        ),
      );
  }
}

const referralColumns = {
  physicianName: childReferrals.physicianName,
  physicianNpi: childReferrals.physicianNpi,
  physicianEmail: childReferrals.physicianEmail,
  physicianPhone: childReferrals.physicianPhone,
  physicianFax: childReferrals.physicianFax,
  referredOn: childReferrals.referredOn,
  reason: childReferrals.reason,
  updatedAt: childReferrals.updatedAt,
  updatedByName: users.name,
};

export async function findChildReferral(q: Queryable, childId: string) {
  const [row] = await q
    .select(referralColumns)
    .from(childReferrals)
    .leftJoin(users, eq(users.id, childReferrals.updatedById))
    .where(eq(childReferrals.childId, childId));
  return row ?? null;
}

/** Records who referred the child, replacing what was there (fields left out are cleared). */
export async function saveChildReferral(
  q: Queryable,
  referral: {
    childId: string;
    clinicId: string;
    physicianName: string;
    physicianNpi: string;
    physicianEmail: string | null;
    physicianPhone: string | null;
    physicianFax: string | null;
    referredOn: string | null;
    reason: string;
    updatedById: string;
    at: Date;
  },
) {
  const { childId, clinicId, at, ...facts } = referral;
  const values = { ...facts, updatedAt: at };
  await q
    .insert(childReferrals)
    .values({ childId, clinicId, ...values })
    .onConflictDoUpdate({ target: childReferrals.childId, set: values });
}

const recorders = alias(users, "consent_recorders");

const consentColumns = {
  id: clinicalConsents.id,
  kind: clinicalConsents.kind,
  givenByName: clinicalConsents.givenByName,
  givenByGuardianId: clinicalConsents.givenByGuardianId,
  givenOn: clinicalConsents.givenOn,
  recordedAt: clinicalConsents.recordedAt,
  recordedByName: recorders.name,
  revokedAt: clinicalConsents.revokedAt,
};

const consents = (q: Queryable) =>
  q
    .select(consentColumns)
    .from(clinicalConsents)
    .leftJoin(recorders, eq(recorders.id, clinicalConsents.recordedById));

/** A child's consents, active and revoked, the latest given first. */
export async function listChildConsents(q: Queryable, childId: string) {
  return consents(q)
    .where(eq(clinicalConsents.childId, childId))
    .orderBy(desc(clinicalConsents.givenOn), desc(clinicalConsents.recordedAt));
}

export async function findChildConsent(q: Queryable, childId: string, consentId: string) {
  const [row] = await consents(q).where(
    and(eq(clinicalConsents.childId, childId), eq(clinicalConsents.id, consentId)),
  );
  return row ?? null;
}

export async function insertChildConsent(
  q: Queryable,
  consent: {
    clinicId: string;
    childId: string;
    kind: ConsentKind;
    givenByName: string;
    givenByGuardianId: string | null;
    givenOn: string;
    recordedById: string;
    at: Date;
  },
) {
  const { at, ...values } = consent;
  const [row] = await q
    .insert(clinicalConsents)
    .values({ ...values, recordedAt: at })
    .returning({ id: clinicalConsents.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** Marks a consent revoked; one already revoked keeps the moment it was first revoked. */
export async function revokeChildConsent(
  q: Queryable,
  childId: string,
  consentId: string,
  at: Date,
) {
  await q
    .update(clinicalConsents)
    .set({ revokedAt: at })
    .where(
      and(
        eq(clinicalConsents.childId, childId),
        eq(clinicalConsents.id, consentId),
        isNull(clinicalConsents.revokedAt),
      ),
    );
}

/** A staff member's place in a clinic, for checking a credential or a supervisor. */
export async function findCredentialFacts(q: Queryable, clinicId: string, userId: string) {
  const [row] = await q
    .select({
      membershipId: memberships.id,
      userId: memberships.userId,
      role: memberships.role,
      credential: memberships.credential,
      supervisorId: memberships.supervisorId,
      deactivatedAt: memberships.deactivatedAt,
    })
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.userId, userId)));
  return row ?? null;
}

/** How many active OT assistants of the clinic the person supervises. */
export async function countSupervisedAssistants(q: Queryable, clinicId: string, userId: string) {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.clinicId, clinicId),
        eq(memberships.supervisorId, userId),
        eq(memberships.credential, "ota"),
        isNull(memberships.deactivatedAt),
      ),
    );
  return row?.n ?? 0;
}

export async function setTherapistCredential(
  q: Queryable,
  membershipId: string,
  credential: TherapistCredential,
  supervisorId: string | null,
) {
  await q
    .update(memberships)
    .set({ credential, supervisorId })
    .where(eq(memberships.id, membershipId));
}
