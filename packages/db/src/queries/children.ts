import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";

import type { Queryable } from "../client";
import { reusable } from "../reusable";
import { children, childTherapists, clinics, guardianLinks, memberships, users } from "../schema";

const childFactsColumns = {
  id: children.id,
  clinicId: children.clinicId,
  primaryTherapistId: children.primaryTherapistId,
  childName: sql<string>`${children.firstName} || ' ' || ${children.lastName}`,
  settings: clinics.settings,
  clinicName: clinics.name,
  clinicTimeZone: clinics.timeZone,
  therapistIds: sql<string[]>`array(
    select ${childTherapists.therapistId} from ${childTherapists}
    where ${childTherapists.childId} = ${children.id}
    union select ${children.primaryTherapistId} where ${children.primaryTherapistId} is not null)`,
  /** The OTs who supervise the child's OT assistants (memberships.supervisor_id). */
  supervisorIds: sql<string[]>`array(
    select ${memberships.supervisorId} from ${memberships}
    where ${memberships.clinicId} = ${children.clinicId}
      and ${memberships.supervisorId} is not null and ${memberships.deactivatedAt} is null
      and ${memberships.userId} in (
        select ${childTherapists.therapistId} from ${childTherapists}
        where ${childTherapists.childId} = ${children.id}
        union select ${children.primaryTherapistId}))`,
  guardianUserIds: sql<string[]>`array(
    select ${guardianLinks.guardianId} from ${guardianLinks}
    where ${guardianLinks.childId} = ${children.id})`,
  bookingGuardianIds: sql<string[]>`array(
    select ${guardianLinks.guardianId} from ${guardianLinks}
    where ${guardianLinks.childId} = ${children.id} and ${guardianLinks.canBook})`,
  billingGuardianIds: sql<string[]>`array(
    select ${guardianLinks.guardianId} from ${guardianLinks}
    where ${guardianLinks.childId} = ${children.id} and ${guardianLinks.canSeeBilling})`,
  messagingGuardianIds: sql<string[]>`array(
    select ${guardianLinks.guardianId} from ${guardianLinks}
    where ${guardianLinks.childId} = ${children.id} and ${guardianLinks.canMessage})`,
  programEditorGuardianIds: sql<string[]>`array(
    select ${guardianLinks.guardianId} from ${guardianLinks}
    where ${guardianLinks.childId} = ${children.id} and ${guardianLinks.canEditProgram})`,
};

const childFacts = reusable("child_facts", (q) =>
  q
    .select(childFactsColumns)
    .from(children)
    .innerJoin(clinics, eq(clinics.id, children.clinicId))
    .where(eq(children.id, sql.placeholder("childId"))),
);

/**
 * What the access policy needs about a child, in one query: its clinic and settings, its therapists
 * (the primary one included), its guardians, which of them the clinic lets book and which may
 * edit the home program.
 */
export async function findChildFacts(q: Queryable, childId: string) {
  const [child] = await childFacts(q, { childId });
  return child;
}

/** findChildFacts for several children in one query; a child that does not exist is left out. */
export async function findChildrenFacts(q: Queryable, childIds: readonly string[]) {
  if (childIds.length === 0) return [];
  return q
    .select(childFactsColumns)
    .from(children)
    .innerJoin(clinics, eq(clinics.id, children.clinicId))
    .where(inArray(children.id, [...childIds]));
}

const childSummary = {
  id: children.id,
  firstName: children.firstName,
  lastName: children.lastName,
  dateOfBirth: children.dateOfBirth,
  primaryTherapistId: children.primaryTherapistId,
  primaryTherapistName: users.name,
};

export async function listChildrenOfClinic(q: Queryable, clinicId: string) {
  return q
    .select(childSummary)
    .from(children)
    .leftJoin(users, eq(users.id, children.primaryTherapistId))
    .where(eq(children.clinicId, clinicId))
    .orderBy(asc(children.lastName), asc(children.firstName));
}

/** A therapist's caseload: children they are primary for or assigned to. */
export async function listChildrenOfTherapist(q: Queryable, clinicId: string, therapistId: string) {
  const assigned = q
    .select({ id: childTherapists.childId })
    .from(childTherapists)
    .where(eq(childTherapists.therapistId, therapistId));
  return q
    .select(childSummary)
    .from(children)
    .leftJoin(users, eq(users.id, children.primaryTherapistId))
    .where(
      and(
        eq(children.clinicId, clinicId),
        or(eq(children.primaryTherapistId, therapistId), inArray(children.id, assigned)),
      ),
    )
    .orderBy(asc(children.lastName), asc(children.firstName));
}

export async function listChildrenOfGuardian(q: Queryable, clinicId: string, guardianId: string) {
  return q
    .select({ ...childSummary, relationship: guardianLinks.relationship })
    .from(guardianLinks)
    .innerJoin(children, eq(children.id, guardianLinks.childId))
    .leftJoin(users, eq(users.id, children.primaryTherapistId))
    .where(and(eq(guardianLinks.guardianId, guardianId), eq(children.clinicId, clinicId)))
    .orderBy(asc(children.dateOfBirth));
}

export async function findChildProfile(q: Queryable, childId: string) {
  const [child] = await q.select().from(children).where(eq(children.id, childId));
  if (!child) return undefined;
  const [therapists, guardians] = await Promise.all([
    q
      .select({ id: users.id, name: users.name })
      .from(childTherapists)
      .innerJoin(users, eq(users.id, childTherapists.therapistId))
      .where(eq(childTherapists.childId, childId))
      .orderBy(asc(users.name)),
    q
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        phone: users.phone,
        relationship: guardianLinks.relationship,
        canEditProgram: guardianLinks.canEditProgram,
        canBook: guardianLinks.canBook,
        canSeeBilling: guardianLinks.canSeeBilling,
      })
      .from(guardianLinks)
      .innerJoin(users, eq(users.id, guardianLinks.guardianId))
      .where(eq(guardianLinks.childId, childId))
      .orderBy(asc(guardianLinks.createdAt)),
  ]);
  const primary = child.primaryTherapistId
    ? await q
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(eq(users.id, child.primaryTherapistId))
    : [];
  return { child, primaryTherapist: primary[0] ?? null, therapists, guardians };
}

export async function insertChild(
  q: Queryable,
  child: {
    clinicId: string;
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    primaryTherapistId: string | null;
  },
) {
  const [row] = await q.insert(children).values(child).returning({ id: children.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function setChildTherapists(
  q: Queryable,
  childId: string,
  primaryTherapistId: string | null,
  therapistIds: readonly string[],
) {
  await q.update(children).set({ primaryTherapistId }).where(eq(children.id, childId));
  await q.delete(childTherapists).where(eq(childTherapists.childId, childId));
  const ids = [...new Set([...(primaryTherapistId ? [primaryTherapistId] : []), ...therapistIds])];
  if (ids.length > 0)
    await q.insert(childTherapists).values(ids.map((therapistId) => ({ childId, therapistId })));
}

/** Of the given user ids, those who are active therapists (or admins) of the clinic. */
export async function filterClinicStaff(
  q: Queryable,
  clinicId: string,
  userIds: readonly string[],
) {
  if (userIds.length === 0) return [];
  const rows = await q
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.clinicId, clinicId),
        inArray(memberships.userId, [...userIds]),
        inArray(memberships.role, ["therapist", "admin"]),
        isNull(memberships.deactivatedAt),
      ),
    );
  return rows.map((r) => r.userId);
}

export async function upsertGuardianLink(
  q: Queryable,
  link: {
    childId: string;
    guardianId: string;
    relationship: typeof guardianLinks.$inferInsert.relationship;
    canEditProgram?: boolean;
    canBook?: boolean;
  },
) {
  // A child's first guardian sees the account; the clinic gives it to others.
  const firstGuardian = sql<boolean>`not exists (select 1 from ${guardianLinks} where ${guardianLinks.childId} = ${link.childId})`;
  await q
    .insert(guardianLinks)
    .values({ ...link, canSeeBilling: firstGuardian })
    .onConflictDoUpdate({
      target: [guardianLinks.childId, guardianLinks.guardianId],
      set: {
        relationship: link.relationship,
        ...(link.canEditProgram === undefined ? {} : { canEditProgram: link.canEditProgram }),
        ...(link.canBook === undefined ? {} : { canBook: link.canBook }),
      },
    });
}

export async function updateGuardianLink(
  q: Queryable,
  childId: string,
  guardianId: string,
  patch: Partial<
    Pick<
      typeof guardianLinks.$inferInsert,
      "relationship" | "canEditProgram" | "canBook" | "canSeeBilling"
    >
  >,
) {
  const rows = await q
    .update(guardianLinks)
    .set(patch)
    .where(and(eq(guardianLinks.childId, childId), eq(guardianLinks.guardianId, guardianId)))
    .returning({ childId: guardianLinks.childId });
  return rows.length > 0;
}

export async function deleteGuardianLink(q: Queryable, childId: string, guardianId: string) {
  const rows = await q
    .delete(guardianLinks)
    .where(and(eq(guardianLinks.childId, childId), eq(guardianLinks.guardianId, guardianId)))
    .returning({ childId: guardianLinks.childId });
  return rows.length > 0;
}
