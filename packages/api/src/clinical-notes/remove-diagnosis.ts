import { deleteChildDiagnosis } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { RemoveDiagnosisInput } from "./diagnosis.contracts";

/** Takes a diagnosis off the child's record; the rest of its kind keep their order. */
export async function removeDiagnosis(ctx: ActorContext, input: RemoveDiagnosisInput) {
  await ctx.db.transaction(async (tx) => {
    await requireClinicalRecord(tx, ctx.actor, input.childId, "writeClinicalRecord");
    if (!(await deleteChildDiagnosis(tx, input.childId, input.diagnosisId)))
      throw notFound("diagnosis");
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "diagnosis.remove",
      entityType: "child",
      entityId: input.childId,
    });
  });
}
