import { findChildReferral } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { ReferralKey } from "./referral.contracts";

type StoredReferral = NonNullable<Awaited<ReturnType<typeof findChildReferral>>>;

export const referralOf = (row: StoredReferral) => ({
  physician: {
    name: row.physicianName,
    npi: row.physicianNpi,
    phone: row.physicianPhone,
    fax: row.physicianFax,
    email: row.physicianEmail,
  },
  referredOn: row.referredOn,
  reason: row.reason,
  updatedAt: row.updatedAt,
  updatedByName: row.updatedByName,
});

/** Who referred the child (null before anyone recorded it), audited on the child's record. */
export async function getReferral(ctx: ActorContext, input: ReferralKey) {
  return ctx.db.transaction(async (tx) => {
    await requireClinicalRecord(tx, ctx.actor, input.childId, "readClinicalRecord");
    const row = await findChildReferral(tx, input.childId);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "referral.read",
      entityType: "child",
      entityId: input.childId,
    });
    return row ? referralOf(row) : null;
  });
}
