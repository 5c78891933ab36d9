import { lockChildDiagnosesOfKind, setChildDiagnosisPositions } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { ReorderDiagnosesInput } from "./diagnosis.contracts";

/** Puts a child's diagnoses of one kind in the given order: the first treatment diagnosis is the primary one. */
export async function reorderDiagnoses(ctx: ActorContext, input: ReorderDiagnosesInput) {
  await ctx.db.transaction(async (tx) => {
    await requireClinicalRecord(tx, ctx.actor, input.childId, "writeClinicalRecord");
    const current = await lockChildDiagnosesOfKind(tx, input.childId, input.kind);
    const given = new Set(input.diagnosisIds);
    if (
      given.size !== input.diagnosisIds.length ||
      given.size !== current.length ||
      !current.every((id) => given.has(id))
    )
      throw new AppError(
        "VALIDATION",
        "NOT_THE_CHILDS_DIAGNOSES",
        `List each of the child's ${input.kind} diagnoses once. The list may have changed: reload it and try again.`,
        { field: "diagnosisIds" },
      );
    await setChildDiagnosisPositions(tx, input.childId, input.kind, input.diagnosisIds);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "diagnosis.reorder",
      entityType: "child",
      entityId: input.childId,
    });
  });
}
