import {
  attachClinicalGoalsToPlan,
  detachClinicalGoalsFromPlan,
  updatePlanOfCare as savePlan,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireChildGoals } from "./create-plan-of-care";
import { loadPlanOfCareView } from "./get-plan-of-care";
import { requirePlanDates, requirePlanOfCare } from "./plan-of-care-view";
import type { UpdatePlanOfCareInput } from "./plan-of-care.contracts";

export const certifiedRefusal = () =>
  new AppError(
    "CONFLICT",
    "PLAN_CERTIFIED",
    "This plan of care is certified and can no longer change. Start a recertification instead.",
  );

/** Changes a plan not yet certified, at the version the editor saw. */
export async function updatePlanOfCare(ctx: ActorContext, input: UpdatePlanOfCareInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { plan } = await requirePlanOfCare(tx, actor, input.planOfCareId, "writeClinicalRecord");
    if (plan.certifiedOn !== null) throw certifiedRefusal();
    requirePlanDates(input.startOn ?? plan.startOn, input.endOn ?? plan.endOn);
    if (input.goalIds) await requireChildGoals(tx, plan.childId, input.goalIds);
    const saved = await savePlan(tx, plan.id, input.version, {
      startOn: input.startOn,
      endOn: input.endOn,
      frequency: input.frequency,
      interventions: input.interventions && [...new Set(input.interventions)],
      modalities: input.modalities && [...new Set(input.modalities)],
      homeProgramSummary: input.homeProgramSummary,
    });
    if (!saved)
      throw new AppError(
        "CONFLICT",
        "PLAN_CHANGED",
        "Someone else changed this plan of care while you were editing. Here is their version: keep theirs or apply yours again.",
        {
          current: await loadPlanOfCareView(tx, {
            planOfCareId: plan.id,
            childId: plan.childId,
            clinicId: plan.clinicId,
            now: ctx.now(),
          }),
        },
      );
    if (input.goalIds) {
      await detachClinicalGoalsFromPlan(tx, plan.id, input.goalIds);
      await attachClinicalGoalsToPlan(tx, {
        childId: plan.childId,
        planOfCareId: plan.id,
        goalIds: input.goalIds,
      });
    }
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "plan_of_care.update",
      entityType: "child",
      entityId: plan.childId,
    });
    return { version: saved.version };
  });
}
