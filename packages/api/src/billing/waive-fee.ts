import {
  childBalances,
  findChildFee,
  insertOncePerSession,
  lockChildLedger,
} from "@carryover/db/queries";
import { checkFeeWaiver } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingChild } from "../policy/billing-access";
import type { WaiveFeeInput } from "./ledger.contracts";

const alreadyWaived = (message: string) => new AppError("CONFLICT", "FEE_ALREADY_WAIVED", message);

/**
 * Takes a late-cancellation or no-show fee off the family's balance by billing staff, with the
 * reason: an entry of the fee's amount the other way, once per fee (the account held meanwhile).
 */
export async function waiveFee(ctx: ActorContext, input: WaiveFeeInput) {
  const { clinicId, userId } = ctx.actor;
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const child = await requireBillingChild(tx, ctx.actor, input.childId);
    await lockChildLedger(tx, child.id);
    const fee = await findChildFee(tx, child.id, input);
    if (!fee) throw notFound("fee");
    const refused = checkFeeWaiver(fee.waivedOn);
    if (refused) throw alreadyWaived(refused);
    const today = localDateOf(now, child.clinicTimeZone);
    const [waiver] = await insertOncePerSession(tx, [
      {
        clinicId,
        childId: child.id,
        party: "family",
        kind: "fee_waiver",
        cents: -fee.cents,
        appointmentId: fee.appointmentId,
        memo: input.reason,
        datedOn: today,
        createdById: userId,
        createdAt: now,
      },
    ]);
    // The unique index is the last word: a waiver written meanwhile was today's.
    if (!waiver) throw alreadyWaived(checkFeeWaiver(today) ?? "");
    await audit(tx, ctx.meta, {
      actorId: userId,
      clinicId,
      action: "ledger.fee_waiver",
      entityType: "child",
      entityId: child.id,
    });
    const { refundable: _, ...balances } = await childBalances(tx, child.id);
    return { entryId: waiver.id, balances };
  });
}
