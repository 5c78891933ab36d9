import { billToSecondary, claimLeftFacts } from "@carryover/db/queries";
import { decideBillSecondary } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import { holdClaimLeft, refusalOf } from "./claim-left";
import type { ClaimKey } from "./claim.contracts";

/**
 * Bills what a claim's payer left to the child's secondary plan, once: a new claim of the same
 * lines to the secondary payer, carrying the primary's adjudication (the 837P's 2320/2430) and
 * checked at once, and what is left moved to its payer on the ledger — off the primary payer and
 * back from the family — in one transaction, audited.
 */
export async function billSecondary(ctx: ActorContext, input: ClaimKey) {
  requireBillingStaff(ctx.actor, "claim");
  const { clinicId, userId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const claim = await holdClaimLeft(tx, clinicId, input.claimId);
    const decision = decideBillSecondary(claimLeftFacts(claim));
    if (!decision.ok) throw refusalOf(decision);
    const coverage = claim.secondaryCoverage;
    if (!coverage)
      throw new Error("decideBillSecondary let through a claim with no secondary plan");
    const secondary = await billToSecondary(tx, {
      claim,
      coverage,
      move: decision,
      createdById: userId,
      at: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: userId,
      clinicId,
      action: "claim.bill_secondary",
      entityType: "child",
      entityId: claim.childId,
    });
    return {
      claimId: secondary.id,
      controlNumber: secondary.controlNumber,
      status: secondary.status,
      payerName: coverage.payerName,
      cents: decision.cents,
    };
  });
}
