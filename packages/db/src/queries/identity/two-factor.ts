import { and, asc, count, eq, gt, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";

import type { Queryable } from "../../client";
import {
  passkeys,
  pendingSignIns,
  recoveryCodes,
  rememberedDevices,
  totpFactors,
  webauthnChallenges,
} from "../../schema";

export async function findTotpFactor(q: Queryable, userId: string) {
  const [row] = await q.select().from(totpFactors).where(eq(totpFactors.userId, userId));
  return row;
}

/** A new, unconfirmed secret; an earlier unconfirmed one is replaced, a confirmed one never. */
export async function startTotpFactor(
  q: Queryable,
  factor: { userId: string; secretSealed: string; now: Date },
) {
  const rows = await q
    .insert(totpFactors)
    .values({ userId: factor.userId, secretSealed: factor.secretSealed, createdAt: factor.now })
    .onConflictDoUpdate({
      target: totpFactors.userId,
      set: { secretSealed: factor.secretSealed, createdAt: factor.now, lastUsedStep: null },
      setWhere: isNull(totpFactors.confirmedAt),
    })
    .returning({ userId: totpFactors.userId });
  return rows.length > 0;
}

/**
 * Records that the code of `step` was used, only if no code of that step or a later one was: two
 * requests with the same code cannot both pass.
 */
export async function useTotpStep(
  q: Queryable,
  use: { userId: string; step: number; now: Date; confirm: boolean },
) {
  const rows = await q
    .update(totpFactors)
    .set({ lastUsedStep: use.step, ...(use.confirm ? { confirmedAt: use.now } : {}) })
    .where(
      and(
        eq(totpFactors.userId, use.userId),
        use.confirm ? isNull(totpFactors.confirmedAt) : isNotNull(totpFactors.confirmedAt),
        or(isNull(totpFactors.lastUsedStep), lt(totpFactors.lastUsedStep, use.step)),
      ),
    )
    .returning({ userId: totpFactors.userId });
  return rows.length > 0;
}

export async function replaceRecoveryCodes(
  q: Queryable,
  userId: string,
  codeHashes: readonly string[],
  now: Date,
) {
  await q.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await q
    .insert(recoveryCodes)
    .values(codeHashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
}

/** Marks a recovery code used; nothing when it is unknown or was used already. */
export async function useRecoveryCode(q: Queryable, userId: string, codeHash: string, now: Date) {
  const rows = await q
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

export async function countUnusedRecoveryCodes(q: Queryable, userId: string) {
  const [row] = await q
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** Everything that makes a second factor: the app, its recovery codes, passkeys, trusted devices. */
export async function deleteSecondFactors(q: Queryable, userId: string, now: Date) {
  const totp = await q
    .delete(totpFactors)
    .where(eq(totpFactors.userId, userId))
    .returning({ confirmedAt: totpFactors.confirmedAt });
  await q.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  const keys = await q
    .delete(passkeys)
    .where(eq(passkeys.userId, userId))
    .returning({ id: passkeys.id });
  await revokeRememberedDevices(q, userId, now);
  return { totp: totp.some((row) => row.confirmedAt), passkeys: keys.length };
}

export async function deleteTotpFactor(q: Queryable, userId: string) {
  await q.delete(totpFactors).where(eq(totpFactors.userId, userId));
  await q.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

export async function describeSecondFactors(q: Queryable, userId: string) {
  const totp = await findTotpFactor(q, userId);
  const keys = await listPasskeys(q, userId);
  return {
    totp: Boolean(totp?.confirmedAt),
    totpSince: totp?.confirmedAt ?? null,
    passkeys: keys,
    recoveryCodesLeft: await countUnusedRecoveryCodes(q, userId),
  };
}

export async function hasSecondFactor(q: Queryable, userId: string) {
  const factors = await describeSecondFactors(q, userId);
  return factors.totp || factors.passkeys.length > 0;
}

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

export async function insertRememberedDevice(
  q: Queryable,
  device: { userId: string; tokenHash: string; label: string; now: Date; expiresAt: Date },
) {
  const [row] = await q
    .insert(rememberedDevices)
    .values({
      userId: device.userId,
      tokenHash: device.tokenHash,
      label: device.label,
      createdAt: device.now,
      expiresAt: device.expiresAt,
    })
    .returning({ id: rememberedDevices.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function findRememberedDevice(q: Queryable, tokenHash: string) {
  const [row] = await q
    .select()
    .from(rememberedDevices)
    .where(eq(rememberedDevices.tokenHash, tokenHash));
  return row;
}

export async function touchRememberedDevice(q: Queryable, id: string, now: Date) {
  await q.update(rememberedDevices).set({ lastUsedAt: now }).where(eq(rememberedDevices.id, id));
}

export async function listRememberedDevices(q: Queryable, userId: string, now: Date) {
  return q
    .select({
      id: rememberedDevices.id,
      label: rememberedDevices.label,
      createdAt: rememberedDevices.createdAt,
      expiresAt: rememberedDevices.expiresAt,
      lastUsedAt: rememberedDevices.lastUsedAt,
    })
    .from(rememberedDevices)
    .where(
      and(
        eq(rememberedDevices.userId, userId),
        isNull(rememberedDevices.revokedAt),
        gt(rememberedDevices.expiresAt, now),
      ),
    )
    .orderBy(asc(rememberedDevices.createdAt));
}

export async function revokeRememberedDevice(
  q: Queryable,
  device: { userId: string; id: string; now: Date },
) {
  const rows = await q
    .update(rememberedDevices)
    .set({ revokedAt: device.now })
    .where(
      and(
        eq(rememberedDevices.id, device.id),
        eq(rememberedDevices.userId, device.userId),
        isNull(rememberedDevices.revokedAt),
      ),
    )
    .returning({ id: rememberedDevices.id });
  return rows.length > 0;
}

export async function revokeRememberedDevices(q: Queryable, userId: string, now: Date) {
  await q
    .update(rememberedDevices)
    .set({ revokedAt: now })
    .where(and(eq(rememberedDevices.userId, userId), isNull(rememberedDevices.revokedAt)));
}

export async function insertPendingSignIn(
  q: Queryable,
  pending: {
    userId: string;
    membershipId: string;
    tokenHash: string;
    step: "verify" | "enrol";
    ip: string | null;
    now: Date;
    expiresAt: Date;
  },
) {
  const { now, ...values } = pending;
  await q.insert(pendingSignIns).values({ ...values, createdAt: now });
}

export async function findPendingSignIn(q: Queryable, tokenHash: string) {
  const [row] = await q
    .select()
    .from(pendingSignIns)
    .where(eq(pendingSignIns.tokenHash, tokenHash));
  return row;
}

/** Ends a pending sign-in; nothing when a concurrent request ended it first. */
export async function usePendingSignIn(q: Queryable, id: string, now: Date) {
  const rows = await q
    .update(pendingSignIns)
    .set({ usedAt: now })
    .where(and(eq(pendingSignIns.id, id), isNull(pendingSignIns.usedAt)))
    .returning({ id: pendingSignIns.id });
  return rows.length > 0;
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

/** Of these people, those with a confirmed authenticator app or a passkey. */
export async function usersWithSecondFactor(
  q: Queryable,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const [apps, keys] = await Promise.all([
    q
      .select({ userId: totpFactors.userId })
      .from(totpFactors)
      .where(and(inArray(totpFactors.userId, [...userIds]), isNotNull(totpFactors.confirmedAt))),
    q
      .selectDistinct({ userId: passkeys.userId })
      .from(passkeys)
      .where(inArray(passkeys.userId, [...userIds])),
  ]);
  return new Set([...apps, ...keys].map((r) => r.userId));
}
