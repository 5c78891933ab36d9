import type { Queryable } from "@carryover/db";
import {
  attachClinicalGoalsToPlan,
  insertPlanOfCare,
  isEvaluationOfChild,
  listClinicalGoalsOfChild,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import { requirePlanDates } from "./plan-of-care-view";
import type { CreatePlanOfCareInput } from "./plan-of-care.contracts";

/** Every id names one of the child's goals, or a 400 naming `goalIds`. */
export async function requireChildGoals(q: Queryable, childId: string, goalIds: readonly string[]) {
  if (goalIds.length === 0) return;
  const own = new Set((await listClinicalGoalsOfChild(q, childId)).map((g) => g.id));
  if (!goalIds.every((id) => own.has(id)))
    throw new AppError("VALIDATION", "INVALID_PLAN_GOALS", "Choose goals of this child.", {
      field: "goalIds",
    });
}

/** A plan of care for a child: at most 90 days, its goals attached. */
export async function createPlanOfCare(ctx: ActorContext, input: CreatePlanOfCareInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const facts = await requireClinicalRecord(tx, actor, input.childId, "writeClinicalRecord");
    requirePlanDates(input.startOn, input.endOn);
    if (
      input.evaluationNoteId &&
      !(await isEvaluationOfChild(tx, input.evaluationNoteId, input.childId))
    )
      throw new AppError(
        "VALIDATION",
        "INVALID_EVALUATION",
        "Choose one of the child's evaluations.",
        {
          field: "evaluationNoteId",
        },
      );
    await requireChildGoals(tx, input.childId, input.goalIds);
    const plan = await insertPlanOfCare(tx, {
      clinicId: facts.clinicId,
      childId: input.childId,
      evaluationNoteId: input.evaluationNoteId ?? null,
      startOn: input.startOn,
      endOn: input.endOn,
      frequency: input.frequency,
      interventions: [...new Set(input.interventions)],
      modalities: [...new Set(input.modalities)],
      homeProgramSummary: input.homeProgramSummary,
      createdById: actor.userId,
    });
    await attachClinicalGoalsToPlan(tx, {
      childId: input.childId,
      planOfCareId: plan.id,
      goalIds: input.goalIds,
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "plan_of_care.create",
      entityType: "child",
      entityId: input.childId,
    });
    return { planOfCareId: plan.id, version: plan.version };
  });
}
