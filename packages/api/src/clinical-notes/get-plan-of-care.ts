import type { Queryable } from "@carryover/db";
import { findClinic, listClinicalGoalsOfPlans, listPlansOfCare } from "@carryover/db/queries";
import { frequencyWords } from "@carryover/domain/clinical-notes";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import {
  inPlanOrder,
  interventionsOf,
  planOfCareStatus,
  requirePlanOfCare,
  sentenceOf,
} from "./plan-of-care-view";
import type { PlanOfCareId } from "./plan-of-care.contracts";

/** A plan of care as staff read it: goals, frequency in words, interventions, certification, status. */
export async function loadPlanOfCareView(
  q: Queryable,
  input: { planOfCareId: string; childId: string; clinicId: string; now: Date },
) {
  const [clinic, plans, goals] = await Promise.all([
    findClinic(q, input.clinicId),
    listPlansOfCare(q, { clinicId: input.clinicId, childIds: [input.childId], now: input.now }),
    listClinicalGoalsOfPlans(q, [input.planOfCareId]),
  ]);
  const row = plans.find((p) => p.plan.id === input.planOfCareId);
  if (!row) throw notFound("plan of care");
  const { plan } = row;
  const today = localDateOf(input.now, clinic?.timeZone ?? "UTC");
  return {
    id: plan.id,
    childId: plan.childId,
    childName: `${row.childFirstName} ${row.childLastName}`,
    startOn: plan.startOn,
    endOn: plan.endOn,
    certifiedOn: plan.certifiedOn,
    previousId: plan.previousId,
    ...planOfCareStatus(plan, row, today),
    version: plan.version,
    evaluationNoteId: plan.evaluationNoteId,
    frequency: plan.frequency,
    frequencyWords: frequencyWords(plan.frequency),
    interventions: interventionsOf(plan.interventions),
    modalities: plan.modalities,
    homeProgramSummary: plan.homeProgramSummary,
    certification: plan.certification,
    goals: inPlanOrder(goals).map((g) => ({
      id: g.id,
      term: g.term,
      state: g.state,
      sentence: sentenceOf(g),
      longTermGoalId: g.longTermGoalId,
    })),
  };
}

export async function getPlanOfCare(ctx: ActorContext, input: PlanOfCareId) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { plan } = await requirePlanOfCare(tx, actor, input.planOfCareId, "readClinicalRecord");
    const view = await loadPlanOfCareView(tx, {
      planOfCareId: plan.id,
      childId: plan.childId,
      clinicId: plan.clinicId,
      now: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "plan_of_care.read",
      entityType: "child",
      entityId: plan.childId,
    });
    return view;
  });
}
