import { asc, count, desc, eq, sql } from "drizzle-orm";

import { sexOf } from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { pipelined } from "../../pipeline";
import { children, claims, coverages, guardianLinks, payers, users } from "../../schema";

export type CoverageValues = Omit<
  typeof coverages.$inferInsert,
  "id" | "clinicId" | "childId" | "createdAt"
>;

/**
 * A child's plans as entered, primary first and the latest first within a rank, with who entered
 * each: a guardian of the child (the family, from the portal) or the clinic.
 */
export async function listCoveragesOfChild(q: Queryable, childId: string) {
  const rows = await q
    .select({
      id: coverages.id,
      payerId: coverages.payerId,
      payerName: payers.name,
      payerKind: payers.kind,
      rank: coverages.rank,
      memberId: coverages.memberId,
      groupNumber: coverages.groupNumber,
      relationship: coverages.relationship,
      subscriberGuardianId: coverages.subscriberGuardianId,
      subscriberName: coverages.subscriberName,
      subscriberDateOfBirth: coverages.subscriberDateOfBirth,
      subscriberSex: coverages.subscriberSex,
      patientSex: coverages.patientSex,
      addressLine1: coverages.addressLine1,
      city: coverages.city,
      state: coverages.state,
      zip: coverages.zip,
      effectiveFrom: coverages.effectiveFrom,
      effectiveTo: coverages.effectiveTo,
      enteredByName: users.name,
      enteredByFamily: sql<boolean>`exists(
        select 1 from ${guardianLinks}
        where ${guardianLinks.childId} = ${coverages.childId}
          and ${guardianLinks.guardianId} = ${coverages.enteredById})`,
    })
    .from(coverages)
    .innerJoin(payers, eq(payers.id, coverages.payerId))
    .leftJoin(users, eq(users.id, coverages.enteredById))
    .where(eq(coverages.childId, childId))
    .orderBy(asc(coverages.rank), desc(coverages.effectiveFrom), asc(coverages.id));
  return rows.map((row) => ({
    ...row,
    subscriberSex: sexOf(row.subscriberSex),
    patientSex: sexOf(row.patientSex),
  }));
}

/**
 * What entering a plan for a child checks against, in one round trip: the child (locked, so two
 * plans entered at once for the same child are checked one after the other), its guardians, and
 * its plans.
 */
export async function readCoverageSubjects(q: Queryable, childId: string) {
  const [[child], guardians, plans] = await pipelined([
    q
      .select({
        firstName: children.firstName,
        lastName: children.lastName,
        dateOfBirth: children.dateOfBirth,
      })
      .from(children)
      .where(eq(children.id, childId))
      .for("update"),
    q
      .select({ id: users.id, name: users.name })
      .from(guardianLinks)
      .innerJoin(users, eq(users.id, guardianLinks.guardianId))
      .where(eq(guardianLinks.childId, childId)),
    q
      .select({
        id: coverages.id,
        rank: coverages.rank,
        effectiveFrom: coverages.effectiveFrom,
        effectiveTo: coverages.effectiveTo,
        payerName: payers.name,
      })
      .from(coverages)
      .innerJoin(payers, eq(payers.id, coverages.payerId))
      .where(eq(coverages.childId, childId)),
  ]);
  if (!child) throw new Error("the child of the coverage is gone");
  return { child, guardians, plans };
}

/** The child a coverage is for, as billing sees it: name, birth date, and the guardians who may subscribe. */
export async function findCoverageChild(q: Queryable, childId: string) {
  const [[child], guardians] = await pipelined([
    q
      .select({
        id: children.id,
        firstName: children.firstName,
        lastName: children.lastName,
        dateOfBirth: children.dateOfBirth,
      })
      .from(children)
      .where(eq(children.id, childId)),
    q
      .select({ id: users.id, name: users.name })
      .from(guardianLinks)
      .innerJoin(users, eq(users.id, guardianLinks.guardianId))
      .where(eq(guardianLinks.childId, childId))
      .orderBy(asc(guardianLinks.createdAt)),
  ]);
  return child ? { ...child, guardians } : undefined;
}

export async function insertCoverage(
  q: Queryable,
  values: CoverageValues & { clinicId: string; childId: string },
) {
  const [row] = await q.insert(coverages).values(values).returning({ id: coverages.id });
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateCoverage(
  q: Queryable,
  coverageId: string,
  values: Partial<CoverageValues>,
) {
  await q.update(coverages).set(values).where(eq(coverages.id, coverageId));
}

/** How many claims were made under a plan: its payer is theirs for good. */
export async function countClaimsOfCoverage(q: Queryable, coverageId: string) {
  const [row] = await q
    .select({ claims: count() })
    .from(claims)
    .where(eq(claims.coverageId, coverageId));
  return row?.claims ?? 0;
}
