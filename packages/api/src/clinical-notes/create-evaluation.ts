import {
  findChildAppointment,
  hasNoteOn,
  insertClinicalNote,
  lockChild,
} from "@carryover/db/queries";
import type { EvaluationContent } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { evaluationFromIntake } from "../forms/prefill-from-intake";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { CreateEvaluationInput } from "./evaluation.contracts";

export const EMPTY_EVALUATION: EvaluationContent = {
  reasonForReferral: "",
  history: "",
  familyPriorities: "",
  assessments: [],
  observations: "",
  deficits: [],
  complexity: null,
};

/** A draft evaluation or re-evaluation for the therapist to fill in and sign, its history from the signed intake. */
export async function createEvaluation(ctx: ActorContext, input: CreateEvaluationInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const child = await requireClinicalRecord(tx, actor, input.childId, "writeClinicalRecord");
    let visitEndedAt: Date | null = null;
    if (input.appointmentId !== undefined) {
      const appointment = await findChildAppointment(tx, input.appointmentId, input.childId);
      if (!appointment || appointment.clinicId !== child.clinicId) throw notFound("session");
      visitEndedAt = appointment.endsAt;
    }
    await lockChild(tx, input.childId);
    // 97168 is never billed on the day of an evaluation (DOMAIN.md, "Billing facts").
    const other = input.kind === "evaluation" ? "reevaluation" : "evaluation";
    if (await hasNoteOn(tx, input.childId, other, input.serviceOn))
      throw new AppError(
        "CONFLICT",
        "EVALUATION_SAME_DAY",
        input.kind === "reevaluation"
          ? "This child has an evaluation on that day. A re-evaluation can't be on the same day as an evaluation."
          : "This child has a re-evaluation on that day. An evaluation can't be on the same day as a re-evaluation.",
        { field: "serviceOn" },
      );
    const note = await insertClinicalNote(tx, {
      clinicId: child.clinicId,
      childId: input.childId,
      kind: input.kind,
      appointmentId: input.appointmentId ?? null,
      authorId: actor.userId,
      serviceOn: input.serviceOn,
      visitEndedAt,
      content: await evaluationFromIntake(tx, input.childId, EMPTY_EVALUATION),
      at: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: `${input.kind}.create`,
      entityType: "child",
      entityId: input.childId,
    });
    return { noteId: note.id, version: note.version };
  });
}
