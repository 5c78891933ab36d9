import { listChildDiagnoses } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { ChildDiagnosesKey } from "./diagnosis.contracts";

/** A child's treatment and medical diagnoses in the therapist's order, audited on the child's record. */
export async function listDiagnoses(ctx: ActorContext, input: ChildDiagnosesKey) {
  return ctx.db.transaction(async (tx) => {
    await requireClinicalRecord(tx, ctx.actor, input.childId, "readClinicalRecord");
    const diagnoses = await listChildDiagnoses(tx, input.childId);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "diagnosis.list",
      entityType: "child",
      entityId: input.childId,
    });
    return {
      treatment: diagnoses.filter((d) => d.kind === "treatment"),
      medical: diagnoses.filter((d) => d.kind === "medical"),
    };
  });
}
