import { createHash } from "node:crypto";

import type { Queryable } from "@carryover/db";
import {
  findPlanDocumentFacts,
  findPlanOfCare,
  listClinicalGoalsOfPlans,
  type ClinicalGoalRow,
  type PlanOfCareRow,
} from "@carryover/db/queries";
import {
  certificationStatus,
  checkPlanDates,
  frequencyWords,
  goalSentence,
  PLANNED_INTERVENTIONS,
  recertificationStatus,
  type PlannedInterventionCode,
} from "@carryover/domain/clinical-notes";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireClinicalRecord } from "../policy/clinical-record-access";
import type { PLAN_OF_CARE_STATUSES, PlanOfCareDocument } from "./plan-of-care.contracts";

type PlanStatus = (typeof PLAN_OF_CARE_STATUSES)[number];

/** A plan of care of a child the actor reaches, for what their role may do with the record. */
export async function requirePlanOfCare(
  q: Queryable,
  actor: Actor,
  planOfCareId: string,
  action: Parameters<typeof requireClinicalRecord>[3],
) {
  const found = await findPlanOfCare(q, planOfCareId);
  if (!found) throw notFound("plan of care");
  const facts = await requireClinicalRecord(q, actor, found.plan.childId, action);
  return { ...found, facts };
}

/**
 * Where a plan stands on `today`: ended after its end date; certified (recertification due in its
 * last 14 days); otherwise overdue past the 30 days to certify, awaiting a physician's open link, or
 * a draft.
 */
export function planOfCareStatus(
  plan: Pick<PlanOfCareRow, "startOn" | "endOn" | "certifiedOn">,
  facts: { recertified: boolean; signatureOpen: boolean },
  today: string,
): { status: PlanStatus; dueBy: string | null } {
  if (plan.endOn < today) return { status: "ended", dueBy: null };
  if (plan.certifiedOn !== null) {
    const recertification = recertificationStatus({
      planEnd: plan.endOn,
      today,
      recertified: facts.recertified,
    });
    return recertification.state === "due"
      ? { status: "recertification_due", dueBy: recertification.endsOn }
      : { status: "certified", dueBy: null };
  }
  const certification = certificationStatus({
    planStart: plan.startOn,
    certifiedOn: null,
    today,
  });
  if (certification.state === "overdue")
    return { status: "certification_overdue", dueBy: certification.dueBy };
  if (certification.state === "certified") return { status: "certified", dueBy: null };
  return {
    status: facts.signatureOpen ? "awaiting_signature" : "draft",
    dueBy: certification.dueBy,
  };
}

/** A plan's dates, or a 400 naming `endOn` that says the latest end date allowed. */
export function requirePlanDates(startOn: string, endOn: string) {
  const check = checkPlanDates(startOn, endOn);
  if (check.ok) return;
  const message =
    check.reason === "END_BEFORE_START"
      ? "The plan must end on or after the day it starts."
      : `A plan of care lasts at most ${check.maxDays} days: end it on ${check.latestEnd} at the latest.`;
  throw new AppError("VALIDATION", check.reason, message, { field: "endOn" });
}

export const interventionsOf = (codes: readonly string[]) =>
  codes.map((code) => ({
    code: code as PlannedInterventionCode,
    label: PLANNED_INTERVENTIONS[code as PlannedInterventionCode],
  }));

/** A plan's goals as it prints them: each long-term goal followed by its short-term goals. */
export function inPlanOrder<G extends Pick<ClinicalGoalRow, "id" | "term" | "longTermGoalId">>(
  goals: readonly G[],
): G[] {
  const longs = goals.filter((g) => g.term === "long");
  const longIds = new Set(longs.map((g) => g.id));
  return [
    ...longs.flatMap((long) => [long, ...goals.filter((g) => g.longTermGoalId === long.id)]),
    ...goals.filter((g) => g.term === "short" && !longIds.has(g.longTermGoalId ?? "")),
  ];
}

export const sentenceOf = (goal: ClinicalGoalRow) =>
  goalSentence({ who: goal.who, does: goal.does, howWell: goal.howWell, byWhen: goal.byWhen });

/** The plan exactly as the physician reads it; undefined when its child is gone. */
export async function buildPlanDocument(
  q: Queryable,
  plan: PlanOfCareRow,
): Promise<
  | {
      document: PlanOfCareDocument;
      clinic: { name: string; phone: string | null; timeZone: string; id: string };
    }
  | undefined
> {
  const [facts, goals] = await Promise.all([
    findPlanDocumentFacts(q, plan.childId),
    listClinicalGoalsOfPlans(q, [plan.id]),
  ]);
  if (!facts) return undefined;
  const document: PlanOfCareDocument = {
    clinic: { name: facts.clinic.name, address: facts.clinic.address, phone: facts.clinic.phone },
    child: { name: `${facts.firstName} ${facts.lastName}`, dateOfBirth: facts.dateOfBirth },
    diagnoses: facts.diagnoses,
    startOn: plan.startOn,
    endOn: plan.endOn,
    frequency: frequencyWords(plan.frequency),
    interventions: interventionsOf(plan.interventions),
    modalities: [...plan.modalities],
    homeProgramSummary: plan.homeProgramSummary,
    goals: inPlanOrder(goals.filter((g) => g.state !== "discontinued")).map((g) => ({
      term: g.term,
      sentence: sentenceOf(g),
    })),
  };
  return { document, clinic: facts.clinic };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/** JSON with every object's keys sorted: the same document always gives the same bytes. */
export const canonicalJson = (value: unknown) => JSON.stringify(canonical(value));

/** The SHA-256 (hex) of the document's canonical JSON: what the physician's signature covers. */
export const documentSha256 = (document: PlanOfCareDocument) =>
  createHash("sha256").update(canonicalJson(document)).digest("hex");
