import { and, asc, count, eq, gt, inArray, isNull, sql } from "drizzle-orm";

import type { Queryable } from "../client";
import { clinics, memberships, therapistLicenses, users, userSessions } from "../schema";

export async function findClinic(q: Queryable, clinicId: string) {
  const [clinic] = await q.select().from(clinics).where(eq(clinics.id, clinicId));
  return clinic;
}

export async function updateClinic(
  q: Queryable,
  clinicId: string,
  patch: Partial<
    Pick<typeof clinics.$inferInsert, "name" | "timeZone" | "settings" | "phone" | "address">
  >,
) {
  await q.update(clinics).set(patch).where(eq(clinics.id, clinicId));
}

/** Staff with their licence states and how many sessions are live (seen since `activeSince`, under 12 hours old). */
export async function listStaff(q: Queryable, clinicId: string, now: Date, activeSince: Date) {
  const rows = await q
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      deactivatedAt: memberships.deactivatedAt,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.clinicId, clinicId), inArray(memberships.role, ["admin", "therapist"])),
    )
    .orderBy(asc(users.name));
  const ids = rows.map((r) => r.membershipId);
  const userIds = rows.map((r) => r.userId);
  const [licences, sessions] = await Promise.all([
    ids.length
      ? q.select().from(therapistLicenses).where(inArray(therapistLicenses.membershipId, ids))
      : [],
    userIds.length
      ? q
          .select({ userId: userSessions.userId, n: count() })
          .from(userSessions)
          .where(
            and(
              inArray(userSessions.userId, userIds),
              isNull(userSessions.revokedAt),
              gt(userSessions.createdAt, new Date(now.getTime() - 12 * 3_600_000)),
              gt(userSessions.lastSeenAt, activeSince),
            ),
          )
          .groupBy(userSessions.userId)
      : [],
  ]);
  return rows.map((r) => ({
    ...r,
    licenceStates: licences
      .filter((l) => l.membershipId === r.membershipId)
      .map((l) => l.state)
      .sort(),
    openSessions: sessions.find((s) => s.userId === r.userId)?.n ?? 0,
  }));
}

export async function findMembership(q: Queryable, clinicId: string, userId: string) {
  const [row] = await q
    .select()
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.userId, userId)));
  return row;
}

export async function insertMembership(q: Queryable, membership: typeof memberships.$inferInsert) {
  const [row] = await q.insert(memberships).values(membership).returning({ id: memberships.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function setLicenceStates(
  q: Queryable,
  membershipId: string,
  states: readonly string[],
) {
  await q.delete(therapistLicenses).where(eq(therapistLicenses.membershipId, membershipId));
  if (states.length)
    await q.insert(therapistLicenses).values(states.map((state) => ({ membershipId, state })));
}

export async function listGuardiansOfClinic(q: Queryable, clinicId: string) {
  return q
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.clinicId, clinicId),
        eq(memberships.role, "guardian"),
        isNull(memberships.deactivatedAt),
      ),
    )
    .orderBy(asc(users.name));
}

/** For health checks: one round trip to the database. */
export async function pingDatabase(q: Queryable) {
  await q.execute(sql`select 1`);
}
