import {
  claimPartiesOf,
  findBillingProfile,
  findClaim,
  readClaimsForFile,
} from "@carryover/db/queries";
import { claimControlNumber } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { auditRead } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";

/**
 * What a claim's CMS-1500 says, for payers that take paper: the claim, its coverage and child, the
 * payer and the clinic as billing provider. Billing staff of its clinic only; audited.
 */
export async function getClaimForPaper(
  ctx: ActorContext,
  input: { claimId: string; timeZone: string },
) {
  requireBillingStaff(ctx.actor, "claim");
  const { clinicId } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const found = await findClaim(tx, clinicId, input.claimId);
    if (!found) throw notFound("claim");
    const [[row], profile] = await Promise.all([
      readClaimsForFile(tx, [input.claimId]),
      findBillingProfile(tx, clinicId),
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId,
        action: "claim.cms1500",
        entityType: "child",
        entityId: found.claim.childId,
      }),
    ]);
    if (!row) throw notFound("claim");
    if (!profile)
      throw new AppError(
        "PRECONDITION_FAILED",
        "NO_BILLING_PROFILE",
        "Enter the clinic's billing details (NPI, tax ID, address) before printing claims.",
      );
    const { patient, subscriber } = claimPartiesOf(row);
    return {
      payer: found.payer,
      subscriber: {
        memberId: row.memberId,
        groupNumber: row.groupNumber,
        person: subscriber,
      },
      patient,
      relationship: row.relationship,
      controlNumber: claimControlNumber(row.number),
      frequency: row.frequency,
      replacesPayerClaimNumber: row.replacesPayerClaimNumber,
      priorAuthorization: row.authorizationReference,
      referringProvider:
        row.referringName && row.referringNpi
          ? { name: row.referringName, npi: row.referringNpi }
          : null,
      diagnoses: row.diagnoses,
      lines: row.lines.map((line) => ({
        serviceDate: row.serviceOn,
        placeOfService: row.placeOfService,
        code: line.code,
        modifiers: line.modifiers,
        diagnosisPointers: line.diagnosisPointers,
        chargeCents: line.cents,
        units: line.units,
      })),
      renderingProvider: { name: row.renderingName, npi: row.renderingNpi ?? "" },
      billingProvider: {
        name: profile.legalName,
        npi: profile.npi,
        taxId: profile.taxId,
        phone: profile.phone,
        address: {
          line1: profile.addressLine1,
          city: profile.city,
          state: profile.state,
          zip: profile.zip,
        },
      },
      signedOn: localDateOf(ctx.now(), input.timeZone),
    };
  });
}
