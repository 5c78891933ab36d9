import { insertChildDiagnosis } from "@carryover/db/queries";
import { PEDIATRIC_OT_DIAGNOSES } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { AddDiagnosisInput } from "./diagnosis.contracts";

/** Adds an ICD-10-CM code after the child's others of its kind; a code outside the offered list needs its description. */
export async function addDiagnosis(ctx: ActorContext, input: AddDiagnosisInput) {
  const description =
    input.description ?? PEDIATRIC_OT_DIAGNOSES.find((d) => d.code === input.code)?.description;
  if (!description)
    throw new AppError(
      "VALIDATION",
      "DESCRIPTION_REQUIRED",
      `${input.code} isn't in the list Carryover offers. Enter its description as the ICD-10-CM lists it.`,
      { field: "description" },
    );
  return ctx.db.transaction(async (tx) => {
    const facts = await requireClinicalRecord(tx, ctx.actor, input.childId, "writeClinicalRecord");
    const added = await insertChildDiagnosis(tx, {
      clinicId: facts.clinicId,
      childId: input.childId,
      kind: input.kind,
      code: input.code,
      description,
      addedById: ctx.actor.userId,
    });
    if (!added)
      throw new AppError(
        "CONFLICT",
        "DIAGNOSIS_ALREADY_LISTED",
        `Already listed: ${input.code} is among this child's ${input.kind} diagnoses.`,
        { field: "code" },
      );
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "diagnosis.add",
      entityType: "child",
      entityId: input.childId,
    });
    return added;
  });
}
