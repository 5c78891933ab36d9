import { and, asc, eq, gt, isNull } from "drizzle-orm";

import type { Queryable } from "../../client";
import { passkeys, webauthnChallenges } from "../../schema";

export async function listPasskeys(q: Queryable, userId: string) {
  return q
    .select({
      id: passkeys.id,
      name: passkeys.name,
      createdAt: passkeys.createdAt,
      lastUsedAt: passkeys.lastUsedAt,
    })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt));
}

export async function insertWebauthnChallenge(
  q: Queryable,
  challenge: { challenge: string; userId: string | null; now: Date; expiresAt: Date },
) {
  const { now, ...values } = challenge;
  await q.insert(webauthnChallenges).values({ ...values, createdAt: now });
}

/** Takes a challenge once: a replayed response finds nothing. */
export async function useWebauthnChallenge(q: Queryable, challenge: string, now: Date) {
  const [row] = await q
    .update(webauthnChallenges)
    .set({ usedAt: now })
    .where(
      and(
        eq(webauthnChallenges.challenge, challenge),
        isNull(webauthnChallenges.usedAt),
        gt(webauthnChallenges.expiresAt, now),
      ),
    )
    .returning({ userId: webauthnChallenges.userId });
  return row;
}

export async function insertPasskey(
  q: Queryable,
  passkey: {
    id: string;
    userId: string;
    publicKey: string;
    counter: number;
    transports: string[];
    backedUp: boolean;
    name: string;
    now: Date;
  },
) {
  const { now, ...values } = passkey;
  await q.insert(passkeys).values({ ...values, createdAt: now });
}

export async function findPasskey(q: Queryable, id: string) {
  const [row] = await q.select().from(passkeys).where(eq(passkeys.id, id));
  return row;
}

export async function usePasskey(q: Queryable, id: string, counter: number, now: Date) {
  await q.update(passkeys).set({ counter, lastUsedAt: now }).where(eq(passkeys.id, id));
}

export async function deletePasskey(q: Queryable, userId: string, id: string) {
  const rows = await q
    .delete(passkeys)
    .where(and(eq(passkeys.id, id), eq(passkeys.userId, userId)))
    .returning({ id: passkeys.id });
  return rows.length > 0;
}
