import { findClaim, findOpenCorrection, insertClaim, scrubClaims } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { ClaimCorrectionInput } from "./claim.contracts";

const refuse = (reason: string, message: string) => new AppError("CONFLICT", reason, message);

/**
 * Corrects a claim the payer answered. An accepted claim is replaced (frequency 7, with the note's
 * charges as they stand, an addendum's re-coding included) or voided (8, the lines as sent), both
 * naming the payer's claim number; a rejected one, which the payer never took, is sent again as a
 * new original. The correction starts as a draft and is checked at once.
 */
export async function correctClaim(ctx: ActorContext, input: ClaimCorrectionInput) {
  requireBillingStaff(ctx.actor, "claim");
  return ctx.db.transaction(async (tx) => {
    const found = await findClaim(tx, ctx.actor.clinicId, input.claimId);
    if (!found) throw notFound("claim");
    const { claim, charge } = found;
    if (claim.status !== "accepted" && claim.status !== "rejected")
      throw refuse(
        "CLAIM_NOT_ANSWERED",
        claim.status === "submitted"
          ? "Wait for the payer's answer before correcting this claim."
          : "This claim hasn't been sent: change it before sending instead.",
      );
    if (claim.frequency === "8")
      throw refuse("CLAIM_IS_VOID", "This claim voids another: there is nothing to correct.");
    if (claim.status === "rejected" && input.kind === "void")
      throw refuse(
        "NOTHING_TO_VOID",
        "The payer rejected this claim, so there is nothing to void.",
      );
    if (await findOpenCorrection(tx, claim.id))
      throw refuse(
        "CORRECTION_WAITING",
        "A correction of this claim is already waiting to be sent.",
      );
    const resend = claim.status === "rejected";
    const lines = input.kind === "void" ? claim.lines : charge.lines;
    const corrected = await insertClaim(tx, {
      clinicId: claim.clinicId,
      childId: claim.childId,
      chargeId: claim.chargeId,
      coverageId: claim.coverageId,
      payerId: claim.payerId,
      frequency: resend ? "1" : input.kind === "void" ? "8" : "7",
      replacesClaimId: claim.id,
      // A secondary claim's correction still carries its primary's adjudication.
      primaryClaimId: claim.primaryClaimId,
      serviceOn: claim.serviceOn,
      placeOfService: input.kind === "void" ? claim.placeOfService : charge.placeOfService,
      diagnoses: claim.diagnoses,
      lines,
      totalCents: lines.reduce((sum, line) => sum + line.cents, 0),
    });
    const findings = await scrubClaims(tx, [corrected.id], ctx.now());
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: `claim.${input.kind}`,
      entityType: "child",
      entityId: claim.childId,
    });
    return {
      claimId: corrected.id,
      status: findings.get(corrected.id)?.length === 0 ? ("ready" as const) : ("draft" as const),
    };
  });
}
