import type { Queryable } from "@carryover/db";
import {
  batchReadyClaims,
  findBillingProfile,
  findClinic,
  findPayer,
  listOpenClaimIds,
  readClaimsForFile,
  scrubClaims,
} from "@carryover/db/queries";
import { claimControlNumber, type ScrubberFinding } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { ClaimBatchInput } from "./claim.contracts";

const alreadyBatched = () =>
  new AppError(
    "CONFLICT",
    "CLAIMS_ALREADY_BATCHED",
    "None of these claims is waiting to be sent: another batch took them, or they are not for this payer. Refresh to see where they are.",
  );

/**
 * Batches these claims to one payer into an 837P interchange and marks them submitted. Each is
 * scrubbed first: one that fails refuses the whole batch (422, each claim with its findings). Two
 * batches made at once never take the same claim; a claim already taken is left out, and a batch
 * left with none is refused.
 */
export async function createClaimBatch(ctx: ActorContext, input: ClaimBatchInput) {
  requireBillingStaff(ctx.actor, "payer");
  const { clinicId } = ctx.actor;
  const at = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [payer, profile, clinic] = await Promise.all([
      findPayer(tx, clinicId, input.payerId),
      findBillingProfile(tx, clinicId),
      findClinic(tx, clinicId),
    ]);
    if (!payer || !clinic) throw notFound("payer");
    if (payer.kind === "self_pay" || !payer.payerId)
      throw new AppError(
        "UNPROCESSABLE",
        "PAYER_TAKES_NO_837",
        `${payer.name} takes no electronic claims: bill the family, or print the claim on a CMS-1500.`,
        { field: "payerId" },
      );
    if (!profile)
      throw new AppError(
        "PRECONDITION_FAILED",
        "NO_BILLING_PROFILE",
        "Enter the clinic's billing details (NPI, tax ID, address, clearinghouse) before sending claims.",
      );
    // Only this clinic's claims still open are scrubbed and taken; another's are not found.
    const open = await listOpenClaimIds(tx, clinicId, input.claimIds);
    if (open.length === 0) throw alreadyBatched();
    const findings = await scrubClaims(tx, open, at);
    const failing = [...findings].filter(([, found]) => found.length > 0);
    if (failing.length > 0) throw await notReady(tx, input.claimIds, failing);
    const batch = await batchReadyClaims(tx, {
      clinicId,
      timeZone: clinic.timeZone,
      payer,
      profile,
      claimIds: open,
      createdById: ctx.actor.userId,
      at,
    });
    if (!batch) throw alreadyBatched();
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId,
      action: "claim_batch.create",
      entityType: "claim_batch",
      entityId: batch.id,
    });
    return batch;
  });
}

const NAMED_IN_MESSAGE = 5;

/** 422 naming the first few failing claims and their problems, each claim's under its input path. */
async function notReady(tx: Queryable, claimIds: string[], failing: [string, ScrubberFinding[]][]) {
  const shown = failing.slice(0, NAMED_IN_MESSAGE);
  const rows = await readClaimsForFile(
    tx,
    shown.map(([id]) => id),
  );
  const named = new Map(rows.map((row) => [row.id, claimControlNumber(row.number)]));
  const more = failing.length - shown.length;
  const position = new Map(claimIds.map((id, index) => [id, index]));
  return new AppError(
    "UNPROCESSABLE",
    "CLAIMS_NOT_READY",
    `${failing.length} of these claims can't be sent yet: fix them first. ${shown
      .map(([id, found]) => `${named.get(id)}: ${found.map((f) => f.problem).join(" ")}`)
      .join(" ")}${more > 0 ? ` And ${more} more.` : ""}`,
    {
      fieldErrors: Object.fromEntries(
        failing.map(([id, found]) => [
          `claimIds.${position.get(id)}`,
          found.map((f) => `${f.problem} ${f.fix}`).join(" "),
        ]),
      ),
    },
  );
}
