import { findClinicalNote } from "@carryover/db/queries";
import {
  EVALUATION_CODES,
  REEVALUATION_CODE,
  suggestComplexity,
  type EvaluationContent,
} from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { EvaluationNoteId } from "./evaluation.contracts";

/** The complexity an evaluation's count of deficits suggests, and the level up when it fits too. */
export async function suggestEvaluationComplexity(ctx: ActorContext, input: EvaluationNoteId) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const note = (await findClinicalNote(tx, input.noteId))?.note;
    if (!note) throw notFound("evaluation");
    await requireClinicalRecord(tx, actor, note.childId, "readClinicalRecord");
    if (note.kind !== "evaluation" && note.kind !== "reevaluation") throw notFound("evaluation");
    const { deficits } = note.content as EvaluationContent;
    const suggestion = suggestComplexity(Array.isArray(deficits) ? deficits.length : 0);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "evaluation.suggest_complexity",
      entityType: "child",
      entityId: note.childId,
    });
    const reevaluation = note.kind === "reevaluation";
    return {
      deficits: Array.isArray(deficits) ? deficits.length : 0,
      suggestion: suggestion && {
        complexity: suggestion.complexity,
        // A re-evaluation is one code whatever its complexity.
        code: reevaluation ? REEVALUATION_CODE : suggestion.code,
        alsoFits: suggestion.alsoFits,
        alsoFitsCode:
          suggestion.alsoFits && !reevaluation ? EVALUATION_CODES[suggestion.alsoFits] : null,
      },
    };
  });
}
