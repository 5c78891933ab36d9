import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";

import type { Queryable, Tx } from "../../client";
import {
  childDiagnoses,
  children,
  clinicalNotes,
  clinics,
  physicianSignatureRequests,
  plansOfCare,
  type Certification,
} from "../../schema";

export type PlanOfCareRow = typeof plansOfCare.$inferSelect;

const nextPlan = sql<boolean>`exists (select 1 from ${plansOfCare} as next where next.previous_id = ${plansOfCare.id})`;

/** A plan with whether a later plan recertifies it. */
export async function findPlanOfCare(q: Queryable, planOfCareId: string) {
  const [row] = await q
    .select({ plan: plansOfCare, recertified: nextPlan })
    .from(plansOfCare)
    .where(eq(plansOfCare.id, planOfCareId));
  return row;
}

/** Locks the plan's row for a change that must not race another (certifying, recertifying). */
export async function lockPlanOfCare(tx: Tx, planOfCareId: string) {
  const [row] = await tx
    .select()
    .from(plansOfCare)
    .where(eq(plansOfCare.id, planOfCareId))
    .for("update");
  return row;
}

/**
 * The plans of care of the given children (all of a clinic's when `childIds` is null), newest start
 * first, with the child's name, whether a later plan recertifies each, and whether a signing link is
 * open on `now`.
 */
export async function listPlansOfCare(
  q: Queryable,
  input: { clinicId: string; childIds: readonly string[] | null; now: Date },
) {
  if (input.childIds !== null && input.childIds.length === 0) return [];
  return q
    .select({
      plan: plansOfCare,
      childFirstName: children.firstName,
      childLastName: children.lastName,
      recertified: nextPlan,
      signatureOpen: sql<boolean>`exists (
        select 1 from ${physicianSignatureRequests}
        where ${physicianSignatureRequests.planOfCareId} = ${plansOfCare.id}
          and ${physicianSignatureRequests.usedAt} is null
          and ${physicianSignatureRequests.expiresAt} > ${input.now.toISOString()}::timestamptz)`,
    })
    .from(plansOfCare)
    .innerJoin(children, eq(children.id, plansOfCare.childId))
    .where(
      and(
        eq(plansOfCare.clinicId, input.clinicId),
        input.childIds ? inArray(plansOfCare.childId, [...input.childIds]) : undefined,
      ),
    )
    .orderBy(desc(plansOfCare.startOn), asc(children.lastName), asc(children.firstName));
}

export async function insertPlanOfCare(
  tx: Tx,
  plan: Omit<typeof plansOfCare.$inferInsert, "version" | "certifiedOn" | "certification">,
) {
  const [row] = await tx.insert(plansOfCare).values(plan).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Changes an uncertified plan at the version the editor saw; undefined when that is not the plan now. */
export async function updatePlanOfCare(
  tx: Tx,
  planOfCareId: string,
  expectedVersion: number,
  patch: Partial<
    Pick<
      typeof plansOfCare.$inferInsert,
      "startOn" | "endOn" | "frequency" | "interventions" | "modalities" | "homeProgramSummary"
    >
  >,
) {
  const [row] = await tx
    .update(plansOfCare)
    .set({ ...patch, version: sql`${plansOfCare.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(plansOfCare.id, planOfCareId),
        eq(plansOfCare.version, expectedVersion),
        isNull(plansOfCare.certifiedOn),
      ),
    )
    .returning();
  return row;
}

/** Certifies a plan that is not certified yet; undefined when it already was. */
export async function certifyPlanOfCare(
  tx: Tx,
  planOfCareId: string,
  certifiedOn: string,
  certification: Certification,
) {
  const [row] = await tx
    .update(plansOfCare)
    .set({
      certifiedOn,
      certification,
      version: sql`${plansOfCare.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(plansOfCare.id, planOfCareId), isNull(plansOfCare.certifiedOn)))
    .returning();
  return row;
}

export async function insertSignatureRequest(
  tx: Tx,
  request: typeof physicianSignatureRequests.$inferInsert,
) {
  const [row] = await tx.insert(physicianSignatureRequests).values(request).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A signing link by its token's hash; `lock` holds it until the transaction ends. */
export async function findSignatureRequest(
  q: Queryable,
  tokenHash: string,
  options: { lock?: boolean } = {},
) {
  const query = q
    .select()
    .from(physicianSignatureRequests)
    .where(eq(physicianSignatureRequests.tokenHash, tokenHash));
  const [row] = await (options.lock ? query.for("update") : query);
  return row;
}

export async function useSignatureRequest(tx: Tx, requestId: string, at: Date) {
  const [row] = await tx
    .update(physicianSignatureRequests)
    .set({ usedAt: at })
    .where(
      and(eq(physicianSignatureRequests.id, requestId), isNull(physicianSignatureRequests.usedAt)),
    )
    .returning({ id: physicianSignatureRequests.id });
  return row !== undefined;
}

/** The child's referral: the physician who certifies the plan. */
/** What the physician's copy of a plan names: the clinic, the child, the diagnoses in order. */
export async function findPlanDocumentFacts(q: Queryable, childId: string) {
  const [child] = await q
    .select({
      firstName: children.firstName,
      lastName: children.lastName,
      dateOfBirth: children.dateOfBirth,
      clinic: {
        id: clinics.id,
        name: clinics.name,
        address: clinics.address,
        phone: clinics.phone,
        timeZone: clinics.timeZone,
      },
    })
    .from(children)
    .innerJoin(clinics, eq(clinics.id, children.clinicId))
    .where(eq(children.id, childId));
  if (!child) return undefined;
  const diagnoses = await q
    .select({
      kind: childDiagnoses.kind,
      code: childDiagnoses.code,
      description: childDiagnoses.description,
    })
    .from(childDiagnoses)
    .where(eq(childDiagnoses.childId, childId))
    .orderBy(asc(childDiagnoses.kind), asc(childDiagnoses.position), asc(childDiagnoses.code));
  return { ...child, diagnoses };
}

/** Whether a note is one of the child's evaluations (or re-evaluations). */
export async function isEvaluationOfChild(q: Queryable, noteId: string, childId: string) {
  const [row] = await q
    .select({ id: clinicalNotes.id })
    .from(clinicalNotes)
    .where(
      and(
        eq(clinicalNotes.id, noteId),
        eq(clinicalNotes.childId, childId),
        inArray(clinicalNotes.kind, ["evaluation", "reevaluation"]),
      ),
    );
  return row !== undefined;
}
