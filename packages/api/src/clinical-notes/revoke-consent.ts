import { findChildConsent, revokeChildConsent } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { RevokeConsentInput } from "./consent.contracts";

/** Records that a consent was withdrawn; it stays on the record, revoked. Revoking it again changes nothing. */
export async function revokeConsent(ctx: ActorContext, input: RevokeConsentInput) {
  return ctx.db.transaction(async (tx) => {
    await requireClinicalRecord(tx, ctx.actor, input.childId, "recordReferralsAndConsents");
    await revokeChildConsent(tx, input.childId, input.consentId, ctx.now());
    const consent = await findChildConsent(tx, input.childId, input.consentId);
    if (!consent) throw notFound("consent");
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "consent.revoke",
      entityType: "child",
      entityId: input.childId,
    });
    return consent;
  });
}
