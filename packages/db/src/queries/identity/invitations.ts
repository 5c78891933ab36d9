import { and, desc, eq, gt, isNull } from "drizzle-orm";

import type { Queryable } from "../../client";
import { children, invitations, users } from "../../schema";

export async function insertInvitation(q: Queryable, invitation: typeof invitations.$inferInsert) {
  const [row] = await q.insert(invitations).values(invitation).returning({ id: invitations.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function findInvitationByTokenHash(q: Queryable, tokenHash: string) {
  const [row] = await q
    .select({ invitation: invitations, childFirstName: children.firstName })
    .from(invitations)
    .leftJoin(children, eq(children.id, invitations.childId))
    .where(eq(invitations.tokenHash, tokenHash));
  return row;
}

/** Marks an invitation used; returns nothing when it was used or revoked meanwhile. */
export async function useInvitation(q: Queryable, id: string, now: Date) {
  const [row] = await q
    .update(invitations)
    .set({ usedAt: now })
    .where(
      and(
        eq(invitations.id, id),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .returning({ id: invitations.id });
  return row;
}

export async function listInvitations(q: Queryable, clinicId: string) {
  return q
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      childId: invitations.childId,
      childFirstName: children.firstName,
      childLastName: children.lastName,
      invitedByName: users.name,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      usedAt: invitations.usedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedById))
    .leftJoin(children, eq(children.id, invitations.childId))
    .where(eq(invitations.clinicId, clinicId))
    .orderBy(desc(invitations.createdAt))
    .limit(200);
}

export async function revokeInvitation(q: Queryable, clinicId: string, id: string, now: Date) {
  const rows = await q
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.id, id),
        eq(invitations.clinicId, clinicId),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length > 0;
}
