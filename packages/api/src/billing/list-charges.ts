import { findClinic, listChargesForReview } from "@carryover/db/queries";
import { addDays, localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { auditRead } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { ChargeListInput } from "./charge.contracts";

const REVIEW_DAYS = 90;
const REVIEW_LIMIT = 500;

/**
 * The clinic's charges of signed visits, newest first, for billing staff to review: codes, units and
 * amounts, minutes no code bills, codes without a fee, and the claim each went out on.
 */
export async function listCharges(ctx: ActorContext, input: ChargeListInput) {
  requireBillingStaff(ctx.actor, "charges");
  const { clinicId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const clinic = await findClinic(tx, clinicId);
    if (!clinic) throw notFound("clinic");
    const since = input?.since ?? addDays(localDateOf(ctx.now(), clinic.timeZone), -REVIEW_DAYS);
    const [rows] = await Promise.all([
      listChargesForReview(tx, { clinicId, since, limit: REVIEW_LIMIT }),
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId,
        action: "charge.list",
        entityType: "clinic",
        entityId: clinicId,
      }),
    ]);
    return rows.map(({ payerKind, ...row }) => ({
      ...row,
      billedTo:
        payerKind === null || payerKind === "self_pay" ? ("family" as const) : ("payer" as const),
    }));
  });
}
