import { findChildConsent, findUserById, insertChildConsent } from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { RecordConsentInput } from "./consent.contracts";

/** Records a consent a family member gave (caregiver training or telehealth), on a day up to the clinic's today. */
export async function recordConsent(ctx: ActorContext, input: RecordConsentInput) {
  return ctx.db.transaction(async (tx) => {
    const facts = await requireClinicalRecord(
      tx,
      ctx.actor,
      input.childId,
      "recordReferralsAndConsents",
    );
    if (input.givenOn > localDateOf(ctx.now(), facts.clinicTimeZone))
      throw new AppError(
        "VALIDATION",
        "CONSENT_IN_FUTURE",
        "The date consent was given can't be in the future.",
        { field: "givenOn" },
      );
    let givenByName = input.givenByName;
    if (input.givenByGuardianId !== undefined) {
      const guardian = facts.guardianUserIds.includes(input.givenByGuardianId)
        ? await findUserById(tx, input.givenByGuardianId)
        : undefined;
      if (!guardian)
        throw new AppError(
          "VALIDATION",
          "NOT_THE_CHILDS_GUARDIAN",
          "Choose one of the child's family members, or enter the name of who gave consent.",
          { field: "givenByGuardianId" },
        );
      givenByName ??= guardian.name;
    }
    if (givenByName === undefined)
      throw new AppError("VALIDATION", "GIVEN_BY_REQUIRED", "Enter who gave consent.", {
        field: "givenByName",
      });
    const consentId = await insertChildConsent(tx, {
      clinicId: facts.clinicId,
      childId: input.childId,
      kind: input.kind,
      givenByName,
      givenByGuardianId: input.givenByGuardianId ?? null,
      givenOn: input.givenOn,
      recordedById: ctx.actor.userId,
      at: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "consent.record",
      entityType: "child",
      entityId: input.childId,
    });
    const consent = await findChildConsent(tx, input.childId, consentId);
    if (!consent) throw new Error("the consent just recorded is missing");
    return consent;
  });
}
