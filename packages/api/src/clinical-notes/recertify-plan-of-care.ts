import {
  attachClinicalGoalsToPlan,
  findPlanOfCare,
  insertPlanOfCare,
  listClinicalGoalsOfPlans,
  lockPlanOfCare,
} from "@carryover/db/queries";
import { addDays } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import { requirePlanDates, requirePlanOfCare } from "./plan-of-care-view";
import type { RecertifyPlanOfCareInput } from "./plan-of-care.contracts";

/** The next plan of care: from the day after this one ends, carrying its active goals. */
export async function recertifyPlanOfCare(ctx: ActorContext, input: RecertifyPlanOfCareInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    await requirePlanOfCare(tx, actor, input.planOfCareId, "writeClinicalRecord");
    const plan = await lockPlanOfCare(tx, input.planOfCareId);
    if (!plan) throw notFound("plan of care");
    if ((await findPlanOfCare(tx, plan.id))?.recertified)
      throw new AppError(
        "CONFLICT",
        "PLAN_RECERTIFIED",
        "This plan of care is already recertified: open the newer plan.",
      );
    const startOn = addDays(plan.endOn, 1);
    requirePlanDates(startOn, input.endOn);
    const next = await insertPlanOfCare(tx, {
      clinicId: plan.clinicId,
      childId: plan.childId,
      evaluationNoteId: plan.evaluationNoteId,
      previousId: plan.id,
      startOn,
      endOn: input.endOn,
      frequency: input.frequency ?? plan.frequency,
      interventions: input.interventions ? [...new Set(input.interventions)] : plan.interventions,
      modalities: input.modalities ? [...new Set(input.modalities)] : plan.modalities,
      homeProgramSummary: input.homeProgramSummary ?? plan.homeProgramSummary,
      createdById: actor.userId,
    });
    const goals = await listClinicalGoalsOfPlans(tx, [plan.id]);
    await attachClinicalGoalsToPlan(tx, {
      childId: plan.childId,
      planOfCareId: next.id,
      goalIds: goals.filter((g) => g.state === "active").map((g) => g.id),
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "plan_of_care.recertify",
      entityType: "child",
      entityId: plan.childId,
    });
    return { planOfCareId: next.id, version: next.version };
  });
}
