import {
  countClaimsByStatus,
  findClaim,
  findClaimBatch,
  listClaimBatches,
  listClaims as listClaimRows,
  listOpenClaimIds,
  readClaimLeft,
  scrubClaims,
  type ClaimLeftRow,
} from "@carryover/db/queries";
import { chargeChanges, claimControlNumber, isOpenClaim } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit, auditRead } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { ClaimKey, ClaimListInput } from "./claim.contracts";

const LIST_LIMIT = 500;

const summaryOf = <T extends { number: number; frequency: string }>(row: T) => ({
  ...row,
  controlNumber: claimControlNumber(row.number),
  frequency: row.frequency as "1" | "7" | "8",
});

/** The clinic's claims, newest visit first, with how many stand in each status. Billing staff only. */
export async function listClaims(ctx: ActorContext, input: ClaimListInput) {
  requireBillingStaff(ctx.actor, "claims");
  const { clinicId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const [rows, byStatus] = await Promise.all([
      listClaimRows(tx, clinicId, { ...input, limit: LIST_LIMIT }),
      countClaimsByStatus(tx, clinicId),
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId,
        action: "claim.list",
        entityType: input?.childId ? "child" : "clinic",
        entityId: input?.childId ?? clinicId,
      }),
    ]);
    return { claims: rows.map(summaryOf), byStatus };
  });
}

/** What is left on the claim, and its primary or secondary claim. */
const followUpOf = (left: ClaimLeftRow | null) => ({
  insuranceCents: left?.insuranceCents ?? 0,
  familyCents: left?.familyCents ?? 0,
  movedToFamilyCents: left?.movedToFamilyCents ?? 0,
  secondaryPayerName: left?.secondaryCoverage?.payerName ?? null,
  primaryClaim: left?.primaryClaim
    ? { id: left.primaryClaim.id, controlNumber: claimControlNumber(left.primaryClaim.number) }
    : null,
  secondaryClaim: left?.secondaryClaim
    ? {
        ...left.secondaryClaim,
        controlNumber: claimControlNumber(left.secondaryClaim.number),
      }
    : null,
});

/**
 * One claim with its lines, coverage, findings, what re-coding changed and what its payer left.
 * Billing staff only.
 */
export async function getClaim(ctx: ActorContext, input: ClaimKey) {
  requireBillingStaff(ctx.actor, "claim");
  return ctx.db.transaction(async (tx) => {
    const [row, left] = await Promise.all([
      findClaim(tx, ctx.actor.clinicId, input.claimId),
      readClaimLeft(tx, ctx.actor.clinicId, input.claimId),
    ]);
    if (!row) throw notFound("claim");
    await auditRead(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "claim.get",
      entityType: "child",
      entityId: row.claim.childId,
    });
    const { claim, charge } = row;
    return {
      ...summaryOf(claim),
      childName: row.childName,
      childDateOfBirth: row.childDateOfBirth,
      payerName: row.payer.name,
      payerKind: row.payer.kind,
      coverage: row.coverage,
      renderingProvider: row.renderingProvider,
      noteId: charge.noteId,
      unassignedMinutes: charge.unassignedMinutes,
      unpricedCodes: charge.unpricedCodes,
      // An open claim shows what the last re-code changed; a sent one, how the note's charges now
      // differ from what it carried (what a replacement would send).
      recoded:
        charge.recodedAt && charge.previousLines
          ? {
              at: charge.recodedAt,
              changes: isOpenClaim(claim.status)
                ? chargeChanges(charge.previousLines, charge.lines)
                : chargeChanges(claim.lines, charge.lines),
            }
          : null,
      followUp: followUpOf(left),
    };
  });
}

/** Scrubs the clinic's open claims (or these): each is ready or back to draft with its findings. */
export async function scrubOpenClaims(
  ctx: ActorContext,
  input: { claimIds?: string[] } | undefined,
) {
  requireBillingStaff(ctx.actor, "claims");
  return ctx.db.transaction(async (tx) => {
    const ids = await listOpenClaimIds(tx, ctx.actor.clinicId, input?.claimIds);
    const findings = await scrubClaims(tx, ids, ctx.now());
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "claim.scrub",
      entityType: "clinic",
      entityId: ctx.actor.clinicId,
    });
    const ready = [...findings.values()].filter((found) => found.length === 0).length;
    return { scrubbed: findings.size, ready, draft: findings.size - ready };
  });
}

/** The clinic's claim batches, newest first. Billing staff only. */
export async function listBatches(ctx: ActorContext) {
  requireBillingStaff(ctx.actor, "claim batches");
  return listClaimBatches(ctx.db, ctx.actor.clinicId, LIST_LIMIT);
}

/** The 837P file of a batch, as it was sent; audited. Billing staff of its clinic only. */
export async function getClaimBatchFile(ctx: ActorContext, input: { batchId: string }) {
  requireBillingStaff(ctx.actor, "claim batch");
  return ctx.db.transaction(async (tx) => {
    const batch = await findClaimBatch(tx, ctx.actor.clinicId, input.batchId);
    if (!batch) throw notFound("claim batch");
    await auditRead(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "claim_batch.file",
      entityType: "claim_batch",
      entityId: batch.id,
    });
    return { file: batch.file, interchangeControlNumber: batch.interchangeControlNumber };
  });
}
