import { claimLeftFacts, insertLedgerEntries } from "@carryover/db/queries";
import { decideMoveToFamily } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import { holdClaimLeft, refusalOf } from "./claim-left";
import type { ClaimKey } from "./claim.contracts";

/**
 * Moves what insurance still owes on a claim its payer answered to the family, once: off its payer
 * and onto the family's account, in one transaction, audited.
 */
export async function moveBalanceToFamily(ctx: ActorContext, input: ClaimKey) {
  requireBillingStaff(ctx.actor, "claim");
  const { clinicId, userId } = ctx.actor;
  const at = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const claim = await holdClaimLeft(tx, clinicId, input.claimId);
    const decision = decideMoveToFamily(claimLeftFacts(claim));
    if (!decision.ok) throw refusalOf(decision);
    const common = {
      clinicId,
      childId: claim.childId,
      kind: "transfer",
      claimId: claim.id,
      memo: `Moved to the family: left by ${claim.payerName}`,
      datedOn: claim.serviceOn,
      createdById: userId,
      createdAt: at,
    } as const;
    await insertLedgerEntries(tx, [
      { ...common, party: "insurance", cents: -decision.cents, payerId: claim.payerId },
      { ...common, party: "family", cents: decision.cents },
    ]);
    await audit(tx, ctx.meta, {
      actorId: userId,
      clinicId,
      action: "claim.move_balance_to_family",
      entityType: "child",
      entityId: claim.childId,
    });
    return { claimId: claim.id, cents: decision.cents };
  });
}
