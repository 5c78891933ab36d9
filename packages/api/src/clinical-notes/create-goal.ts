import { findClinicalGoal, findPlanOfCare, insertClinicalGoal } from "@carryover/db/queries";
import { goalSentence } from "@carryover/domain/clinical-notes";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import { requireGoalLinks } from "./goal-links";
import type { CreateGoalInput } from "./goal.contracts";
import { certifiedRefusal } from "./update-plan-of-care";

const invalid = (field: string, message: string) =>
  new AppError("VALIDATION", "INVALID_GOAL", message, { field });

/** A measurable goal in the clinical and the family's words; a short-term goal serves a long-term one. */
export async function createGoal(ctx: ActorContext, input: CreateGoalInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const facts = await requireClinicalRecord(tx, actor, input.childId, "writeClinicalRecord");
    if (input.term === "short") {
      if (!input.longTermGoalId)
        throw invalid("longTermGoalId", "Choose the long-term goal this step serves.");
      const longTerm = await findClinicalGoal(tx, input.longTermGoalId);
      if (longTerm?.childId !== input.childId || longTerm.term !== "long")
        throw invalid("longTermGoalId", "Choose one of the child's long-term goals.");
    } else if (input.longTermGoalId) {
      throw invalid("longTermGoalId", "A long-term goal serves no other goal: leave this empty.");
    }
    if (input.planOfCareId) {
      const plan = await findPlanOfCare(tx, input.planOfCareId);
      if (plan?.plan.childId !== input.childId)
        throw invalid("planOfCareId", "Choose one of the child's plans of care.");
      if (plan.plan.certifiedOn !== null) throw certifiedRefusal();
    }
    await requireGoalLinks(tx, input.childId, input);
    const goal = await insertClinicalGoal(tx, {
      clinicId: facts.clinicId,
      childId: input.childId,
      planOfCareId: input.planOfCareId ?? null,
      longTermGoalId: input.term === "short" ? (input.longTermGoalId ?? null) : null,
      term: input.term,
      ...input.statement,
      familyWording: input.familyWording,
      programGoalId: input.programGoalId ?? null,
      activityIds: [...new Set(input.activityIds ?? [])],
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "clinical_goal.create",
      entityType: "child",
      entityId: input.childId,
    });
    return { goalId: goal.id, sentence: goalSentence(input.statement) };
  });
}
