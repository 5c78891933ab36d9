import { listNotesOfKinds } from "@carryover/db/queries";
import type { EvaluationContent } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { EvaluationChildId } from "./evaluation.contracts";

/** A child's evaluations and re-evaluations, drafts and signed, the latest first. */
export async function listEvaluations(ctx: ActorContext, input: EvaluationChildId) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    await requireClinicalRecord(tx, actor, input.childId, "readClinicalRecord");
    const notes = await listNotesOfKinds(tx, input.childId, ["evaluation", "reevaluation"]);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "evaluation.list",
      entityType: "child",
      entityId: input.childId,
    });
    return notes.map((note) => ({
      noteId: note.id,
      kind: note.kind as "evaluation" | "reevaluation",
      serviceOn: note.serviceOn,
      appointmentId: note.appointmentId,
      authorId: note.authorId,
      signedAt: note.signedAt,
      version: note.version,
      content: note.content as EvaluationContent,
    }));
  });
}
