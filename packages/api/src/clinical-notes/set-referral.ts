import { findChildReferral, saveChildReferral } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import { referralOf } from "./get-referral";
import type { SetReferralInput } from "./referral.contracts";

/** Records the referring physician who certifies the plan of care, replacing what was there. */
export async function setReferral(ctx: ActorContext, input: SetReferralInput) {
  return ctx.db.transaction(async (tx) => {
    const facts = await requireClinicalRecord(
      tx,
      ctx.actor,
      input.childId,
      "recordReferralsAndConsents",
    );
    const { physician } = input;
    await saveChildReferral(tx, {
      childId: input.childId,
      clinicId: facts.clinicId,
      physicianName: physician.name,
      physicianNpi: physician.npi,
      physicianEmail: physician.email ?? null,
      physicianPhone: physician.phone ?? null,
      physicianFax: physician.fax ?? null,
      referredOn: input.referredOn ?? null,
      reason: input.reason,
      updatedById: ctx.actor.userId,
      at: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "referral.set",
      entityType: "child",
      entityId: input.childId,
    });
    const saved = await findChildReferral(tx, input.childId);
    if (!saved) throw new Error("the referral just saved is missing");
    return referralOf(saved);
  });
}
