import "server-only";

import {
  getChild,
  getClinicLetterhead,
  getPlanOfCare,
  getReferral,
  listDiagnoses,
  listGoals,
  listPlansOfCare,
} from "@carryover/api";

import type { PrintablePlan } from "./plan-of-care-section";
import type { Letterhead } from "./record-layout";

type Ctx = Parameters<typeof getChild>[0];
type PlanView = Awaited<ReturnType<typeof getPlanOfCare>>;

/**
 * What heads a child's printed record, through the services that check access and audit the read:
 * the letterhead, the goals' clinical sentences and the guardians' names by id.
 */
export async function loadChartHeading(ctx: Ctx, childId: string) {
  const [clinic, child, diagnoses, referral, goalList] = await Promise.all([
    getClinicLetterhead(ctx),
    getChild(ctx, { childId }),
    listDiagnoses(ctx, { childId }),
    getReferral(ctx, { childId }),
    listGoals(ctx, { childId }),
  ]);
  const letterhead: Letterhead = {
    clinic: {
      name: clinic.name,
      address: clinic.address,
      phone: clinic.phone,
      logo: clinic.logo?.bytes ?? null,
    },
    child: { name: `${child.firstName} ${child.lastName}`, dateOfBirth: child.dateOfBirth },
    diagnoses: [...diagnoses.treatment, ...diagnoses.medical],
    physician: referral ? { name: referral.physician.name, npi: referral.physician.npi } : null,
  };
  const goals = new Map(
    goalList.goals
      .flatMap((g) => [g, ...g.shortTermGoals])
      .map((g) => [g.id, g.clinical?.sentence ?? g.familyWording] as const),
  );
  const guardians = new Map(child.guardians.map((g) => [g.id, g.name] as const));
  return { letterhead, goals, guardians };
}

/** A plan of care as it prints, in the words the physician read; discontinued goals left out. */
export const printablePlan = (plan: PlanView): PrintablePlan => ({
  startOn: plan.startOn,
  endOn: plan.endOn,
  frequency: plan.frequencyWords,
  interventions: plan.interventions,
  modalities: plan.modalities,
  homeProgramSummary: plan.homeProgramSummary,
  goals: plan.goals.filter((g) => g.state !== "discontinued"),
  certification: plan.certification,
});

/**
 * The plan of care an evaluation belongs to: the one naming it, or else the child's current plan
 * (the latest that has not ended), or none.
 */
export async function planOfEvaluation(ctx: Ctx, childId: string, evaluationId: string) {
  const plans = [...(await listPlansOfCare(ctx, { childId }))].sort((a, b) =>
    b.startOn.localeCompare(a.startOn),
  );
  let current: PlanView | null = null;
  for (const summary of plans) {
    const plan = await getPlanOfCare(ctx, { planOfCareId: summary.id });
    if (plan.evaluationNoteId === evaluationId) return plan;
    if (!current && plan.status !== "ended") current = plan;
  }
  return current;
}
