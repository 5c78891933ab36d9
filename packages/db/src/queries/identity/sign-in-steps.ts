import { and, asc, eq, gt, isNull } from "drizzle-orm";

import type { Queryable } from "../../client";
import { pendingSignIns, rememberedDevices } from "../../schema";

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
