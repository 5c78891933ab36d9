import type { Queryable } from "@carryover/db";
import { lockChildLedger, readClaimLeft } from "@carryover/db/queries";
import type { ClaimFollowUpRefusal } from "@carryover/domain/billing";

import { AppError, notFound } from "../errors";

/** Done once already: a conflict; anything else is not possible yet or at all. */
const CONFLICTS = new Set<ClaimFollowUpRefusal["reason"]>(["ALREADY_BILLED", "ALREADY_MOVED"]);

export const refusalOf = (refusal: ClaimFollowUpRefusal) =>
  new AppError(
    CONFLICTS.has(refusal.reason) ? "CONFLICT" : "PRECONDITION_FAILED",
    `CLAIM_${refusal.reason}`,
    refusal.message,
  );

/**
 * A claim of the clinic with what is left on it, its child's account held until the transaction
 * ends: read again under the hold, so two requests at once decide one after the other.
 */
export async function holdClaimLeft(tx: Queryable, clinicId: string, claimId: string) {
  const found = await readClaimLeft(tx, clinicId, claimId);
  if (!found) throw notFound("claim");
  await lockChildLedger(tx, found.childId);
  const claim = await readClaimLeft(tx, clinicId, claimId);
  if (!claim) throw notFound("claim");
  return claim;
}
