import { write837P, type PayerKind } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { Queryable } from "../../client";
import { batch837Of, type BillingProfile } from "./claim-batch-file";
import { readClaimsForFile } from "./claim-file";
import {
  insertClaimBatch,
  nextInterchangeControlNumber,
  setClaimBatchFile,
  takeReadyClaims,
} from "./claims";

const clockOf = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);

/**
 * Takes these ready claims of one payer into a new batch with a fresh interchange control number,
 * marks them submitted and keeps the batch's 837P. Claims another batch took first are left out;
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
  const claims = await readClaimsForFile(
    tx,
    taken.map((row) => row.id),
  );
  const file = write837P(
    batch837Of({
      profile: input.profile,
      payer,
      interchangeControlNumber,
      createdOn: localDateOf(at, input.timeZone),
      createdAt: clockOf(at, input.timeZone),
      claims,
    }),
  );
  const totalCents = claims.reduce((sum, claim) => sum + claim.totalCents, 0);
  await setClaimBatchFile(tx, batch.id, { file, claimCount: claims.length, totalCents });
  return {
    id: batch.id,
    interchangeControlNumber,
    payerName: payer.name,
    claimCount: claims.length,
    totalCents,
    createdAt: batch.createdAt,
  };
}
