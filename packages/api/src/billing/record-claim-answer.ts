import { findClaim, recordClaimAnswer } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { ClaimAnswerInput } from "./claim.contracts";

/** Records the payer's answer to a submitted claim: accepted under its number, or rejected. */
export async function answerClaim(ctx: ActorContext, input: ClaimAnswerInput) {
  requireBillingStaff(ctx.actor, "claim");
  return ctx.db.transaction(async (tx) => {
    const found = await findClaim(tx, ctx.actor.clinicId, input.claimId);
    if (!found) throw notFound("claim");
    const status = input.answer;
    const recorded = await recordClaimAnswer(tx, found.claim.id, {
      status,
      payerClaimNumber: input.answer === "accepted" ? input.payerClaimNumber : null,
      at: ctx.now(),
    });
    if (!recorded)
      throw new AppError(
        "CONFLICT",
        "CLAIM_NOT_AWAITING_ANSWER",
        found.claim.status === "draft" || found.claim.status === "ready"
          ? "This claim hasn't been sent yet: send it before recording the payer's answer."
          : "The payer's answer to this claim is already recorded.",
      );
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: `claim.${status}`,
      entityType: "child",
      entityId: found.claim.childId,
    });
    return { claimId: found.claim.id, status };
  });
}
