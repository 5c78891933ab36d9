import { and, count, eq, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";

import type { Queryable } from "../../client";
import { passkeys, recoveryCodes, totpFactors } from "../../schema";
import { listPasskeys } from "./passkeys";
import { revokeRememberedDevices } from "./sign-in-steps";

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
