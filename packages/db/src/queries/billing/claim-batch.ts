import { and, desc, eq, inArray, sql } from "drizzle-orm";

import { write837P, type PayerKind } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { Queryable } from "../../client";
import { claimBatches, claims, payers } from "../../schema";
import { batch837Of, type BillingProfile } from "./claim-batch-file";
import { readClaimsForFile } from "./claim-file";
import { postBatchCharges } from "./ledger";
import { readOtherPayers } from "./secondary-claims";

const clockOf = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);

/**
 * Takes these ready claims of one payer into a new batch with a fresh interchange control number,
 * marks them submitted, keeps the batch's 837P and posts their charges to insurance. Claims another batch took first are left out;
 * null when none was left.
 */
export async function batchReadyClaims(
  tx: Queryable,
  input: {
    clinicId: string;
    timeZone: string;
    payer: { id: string; name: string; payerId: string | null; kind: PayerKind };
    profile: BillingProfile;
    claimIds: readonly string[];
    createdById: string | null;
    at: Date;
  },
) {
  const { clinicId, payer, at } = input;
  const interchangeControlNumber = await nextInterchangeControlNumber(tx);
  const batch = await insertClaimBatch(tx, {
    clinicId,
    payerId: payer.id,
    interchangeControlNumber,
    claimCount: 0,
    totalCents: 0,
    file: "",
    createdById: input.createdById,
    createdAt: at,
  });
  const taken = await takeReadyClaims(tx, {
    clinicId,
    payerId: payer.id,
    claimIds: input.claimIds,
    batchId: batch.id,
    at,
  });
  if (taken.length === 0) return null;
  const ids = taken.map((row) => row.id);
  const [claims, otherPayers] = await Promise.all([
    readClaimsForFile(tx, ids),
    readOtherPayers(tx, ids),
  ]);
  const file = write837P(
    batch837Of({
      profile: input.profile,
      payer,
      interchangeControlNumber,
      createdOn: localDateOf(at, input.timeZone),
      createdAt: clockOf(at, input.timeZone),
      claims,
      otherPayers,
    }),
  );
  const totalCents = claims.reduce((sum, claim) => sum + claim.totalCents, 0);
  await setClaimBatchFile(tx, batch.id, { file, claimCount: claims.length, totalCents });
  await postBatchCharges(tx, { batchId: batch.id, createdById: input.createdById, at });
  return {
    id: batch.id,
    interchangeControlNumber,
    payerName: payer.name,
    claimCount: claims.length,
    totalCents,
    createdAt: batch.createdAt,
  };
}

/**
 * Takes these ready claims of one payer into a batch. A claim another batch took first is no
 * longer ready when its row lock is released, so it is left out: no claim is in two batches.
 */
export async function takeReadyClaims(
  q: Queryable,
  input: {
    clinicId: string;
    payerId: string;
    claimIds: readonly string[];
    batchId: string;
    at: Date;
  },
) {
  if (input.claimIds.length === 0) return [];
  return q
    .update(claims)
    .set({
      status: "submitted",
      batchId: input.batchId,
      submittedAt: input.at,
      statusChangedAt: input.at,
    })
    .where(
      and(
        eq(claims.clinicId, input.clinicId),
        eq(claims.payerId, input.payerId),
        eq(claims.status, "ready"),
        inArray(claims.id, [...input.claimIds]),
      ),
    )
    .returning({ id: claims.id });
}

export async function insertClaimBatch(q: Queryable, batch: typeof claimBatches.$inferInsert) {
  const [row] = await q.insert(claimBatches).values(batch).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A fresh interchange control number: unique and increasing, whoever asks at the same time. */
export async function nextInterchangeControlNumber(q: Queryable) {
  const [row] = await q.execute<{ n: string }>(
    sql`select nextval('interchange_control_numbers')::text as n`,
  );
  if (!row) throw new Error("nextval returned no row");
  return Number(row.n);
}

export async function listClaimBatches(q: Queryable, clinicId: string, limit: number) {
  return q
    .select({
      id: claimBatches.id,
      interchangeControlNumber: claimBatches.interchangeControlNumber,
      claimCount: claimBatches.claimCount,
      totalCents: claimBatches.totalCents,
      createdAt: claimBatches.createdAt,
      payerName: payers.name,
    })
    .from(claimBatches)
    .innerJoin(payers, eq(payers.id, claimBatches.payerId))
    .where(eq(claimBatches.clinicId, clinicId))
    .orderBy(desc(claimBatches.createdAt), desc(claimBatches.interchangeControlNumber))
    .limit(limit);
}

export async function findClaimBatch(q: Queryable, clinicId: string, batchId: string) {
  const [row] = await q
    .select()
    .from(claimBatches)
    .where(and(eq(claimBatches.clinicId, clinicId), eq(claimBatches.id, batchId)));
  return row ?? null;
}

export async function setClaimBatchFile(
  q: Queryable,
  batchId: string,
  values: { file: string; claimCount: number; totalCents: number },
) {
  await q.update(claimBatches).set(values).where(eq(claimBatches.id, batchId));
}
