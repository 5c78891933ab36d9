import { and, desc, eq, gt, isNull, lt, ne, sql } from "drizzle-orm";

import type { TimeFormat } from "@carryover/domain/identity";

import type { Queryable } from "../../client";
import { reusable } from "../../reusable";
import {
  clinics,
  memberships,
  passwordResets,
  signInAttempts,
  users,
  userSessions,
} from "../../schema";

export async function findUserByEmail(q: Queryable, email: string) {
  const [user] = await q
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return user;
}

/** The membership a new session acts under: the oldest active one. */
export async function findPrimaryMembership(q: Queryable, userId: string) {
  const [row] = await q
    .select({ membership: memberships, clinic: clinics })
    .from(memberships)
    .innerJoin(clinics, eq(clinics.id, memberships.clinicId))
    .where(and(eq(memberships.userId, userId), isNull(memberships.deactivatedAt)))
    .orderBy(memberships.createdAt)
    .limit(1);
  return row;
}

export async function recordSignInAttempt(
  q: Queryable,
  attempt: { email: string; ip: string | null; succeeded: boolean; at: Date },
) {
  await q.insert(signInAttempts).values(attempt);
}

/** Failed attempts for an email since its last success (and since `since`). */
export async function listFailuresForEmail(
  q: Queryable,
  email: string,
  since: Date,
): Promise<Date[]> {
  const rows = await q
    .select({ at: signInAttempts.at, succeeded: signInAttempts.succeeded })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), gt(signInAttempts.at, since)))
    .orderBy(desc(signInAttempts.at));
  const lastSuccess = rows.findIndex((r) => r.succeeded);
  return (lastSuccess === -1 ? rows : rows.slice(0, lastSuccess)).map((r) => r.at);
}

export async function listFailuresForIp(q: Queryable, ip: string, since: Date): Promise<Date[]> {
  const rows = await q
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.ip, ip),
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.at, since),
      ),
    );
  return rows.map((r) => r.at);
}

export async function insertUserSession(
  q: Queryable,
  session: {
    userId: string;
    membershipId: string;
    ip: string | null;
    userAgent: string | null;
    now: Date;
  },
) {
  const [row] = await q
    .insert(userSessions)
    .values({
      userId: session.userId,
      membershipId: session.membershipId,
      ip: session.ip,
      userAgent: session.userAgent,
      createdAt: session.now,
      lastSeenAt: session.now,
    })
    .returning({ id: userSessions.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** A session's cookie is minted once, within a minute of sign-in; a replayed ticket finds nothing. */
export async function claimSessionCookie(q: Queryable, sessionId: string, now: Date) {
  const [row] = await q
    .update(userSessions)
    .set({ cookieIssuedAt: now })
    .where(
      and(
        eq(userSessions.id, sessionId),
        isNull(userSessions.cookieIssuedAt),
        isNull(userSessions.revokedAt),
        gt(userSessions.createdAt, new Date(now.getTime() - 60_000)),
      ),
    )
    .returning({ id: userSessions.id, userId: userSessions.userId });
  return row;
}

/** Every signed-in request runs it. */
const sessionWithActor = reusable("session_with_actor", (q) =>
  q
    .select({
      session: userSessions,
      user: { id: users.id, name: users.name, email: users.email, timeFormat: users.timeFormat },
      membership: {
        id: memberships.id,
        role: memberships.role,
        deactivatedAt: memberships.deactivatedAt,
      },
      clinic: {
        id: clinics.id,
        name: clinics.name,
        timeZone: clinics.timeZone,
        settings: clinics.settings,
      },
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .innerJoin(memberships, eq(memberships.id, userSessions.membershipId))
    .innerJoin(clinics, eq(clinics.id, memberships.clinicId))
    .where(eq(userSessions.id, sql.placeholder("sessionId"))),
);

export async function findSessionWithActor(q: Queryable, sessionId: string) {
  const [row] = await sessionWithActor(q, { sessionId });
  return row;
}

/** Sessions seen this recently are not written again, so page loads do not each cost a write. */
export const TOUCH_INTERVAL_MS = 15_000;

export async function touchSession(q: Queryable, sessionId: string, now: Date) {
  await q
    .update(userSessions)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(userSessions.id, sessionId),
        lt(userSessions.lastSeenAt, new Date(now.getTime() - TOUCH_INTERVAL_MS)),
      ),
    );
}

/**
 * A person's sign-ins that are not revoked and began after `since`, newest first, with what decides
 * whether each is still good (its role and clinic settings give the idle timeout).
 */
export async function listOpenSessionsOfUser(q: Queryable, userId: string, since: Date) {
  return q
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      revokedAt: userSessions.revokedAt,
      ip: userSessions.ip,
      userAgent: userSessions.userAgent,
      role: memberships.role,
      deactivatedAt: memberships.deactivatedAt,
      clinicSettings: clinics.settings,
    })
    .from(userSessions)
    .innerJoin(memberships, eq(memberships.id, userSessions.membershipId))
    .innerJoin(clinics, eq(clinics.id, memberships.clinicId))
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.createdAt, since),
      ),
    )
    .orderBy(desc(userSessions.createdAt));
}

/** One of a person's own sign-ins; another person's session id finds nothing. */
export async function findSessionOfUser(q: Queryable, userId: string, sessionId: string) {
  const [row] = await q
    .select({ id: userSessions.id, revokedAt: userSessions.revokedAt })
    .from(userSessions)
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId)));
  return row;
}

/** The zone a person's times are shown in: their own when they set one, else their clinic's. */
export async function findPersonTimeZone(q: Queryable, userId: string, clinicId: string) {
  const [row] = await q
    .select({ timeZone: sql<string>`coalesce(${users.timeZone}, ${clinics.timeZone})` })
    .from(users)
    .innerJoin(clinics, eq(clinics.id, clinicId))
    .where(eq(users.id, userId));
  if (!row) throw new Error("the signed-in person has no row");
  return row.timeZone;
}

export async function revokeSession(q: Queryable, sessionId: string, now: Date) {
  await q
    .update(userSessions)
    .set({ revokedAt: now })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

export async function revokeUserSessions(q: Queryable, userId: string, now: Date): Promise<number> {
  const rows = await q
    .update(userSessions)
    .set({ revokedAt: now })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return rows.length;
}

export async function insertUser(
  q: Queryable,
  user: { email: string; name: string; passwordHash: string },
) {
  const [row] = await q.insert(users).values(user).returning({ id: users.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function setUserPassword(q: Queryable, userId: string, passwordHash: string) {
  await q.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

export async function insertPasswordReset(
  q: Queryable,
  reset: { userId: string; tokenHash: string; expiresAt: Date; now: Date },
) {
  await q.insert(passwordResets).values({ ...reset, createdAt: reset.now });
}

export async function findPasswordReset(q: Queryable, tokenHash: string) {
  const [row] = await q
    .select()
    .from(passwordResets)
    .where(eq(passwordResets.tokenHash, tokenHash));
  return row;
}

/** Marks a reset used; returns nothing when a concurrent request used it first. */
export async function usePasswordReset(q: Queryable, id: string, now: Date) {
  const [row] = await q
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.id, id), isNull(passwordResets.usedAt)))
    .returning({ userId: passwordResets.userId });
  return row;
}

/** Once a password is set, every other outstanding reset link of the account stops working. */
export async function expirePasswordResets(q: Queryable, userId: string, now: Date) {
  await q
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
}

export async function findUserById(q: Queryable, userId: string) {
  const [user] = await q.select().from(users).where(eq(users.id, userId));
  return user;
}

/** What a person may change about themselves on the account page. */
export async function updateUserDetails(
  q: Queryable,
  userId: string,
  details: Partial<{ name: string; phone: string | null; timeFormat: TimeFormat | null }>,
) {
  const [row] = await q
    .update(users)
    .set(details)
    .where(eq(users.id, userId))
    .returning({ name: users.name, phone: users.phone, timeFormat: users.timeFormat });
  return row;
}

/** Ends a person's sign-ins except the one they are using; returns how many ended. */
export async function revokeOtherUserSessions(
  q: Queryable,
  userId: string,
  keepSessionId: string,
  now: Date,
): Promise<number> {
  const rows = await q
    .update(userSessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(userSessions.userId, userId),
        ne(userSessions.id, keepSessionId),
        isNull(userSessions.revokedAt),
      ),
    )
    .returning({ id: userSessions.id });
  return rows.length;
}
