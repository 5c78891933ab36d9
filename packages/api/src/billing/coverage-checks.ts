import type { Queryable } from "@carryover/db";
import {
  countClaimsOfCoverage,
  findPayer,
  listOpenClaimIdsOfCoverage,
  scrubClaims,
  type readCoverageSubjects,
} from "@carryover/db/queries";
import {
  conflictingCoverage,
  spokenDay,
  type CoveragePeriod,
  type Sex,
} from "@carryover/domain/billing";

import { AppError } from "../errors";

type Subjects = Awaited<ReturnType<typeof readCoverageSubjects>>;

/** A refusal of one field's value by a rule the contract cannot check alone: 400 naming it. */
export const invalid = (field: string, message: string) =>
  new AppError("VALIDATION", `INVALID_${field.toUpperCase()}`, message, { field });

/**
 * The payer a plan names: one of the clinic's. An archived payer takes no new plan, though a plan
 * already with it (`keeping`) may still be corrected.
 */
export async function requirePlanPayer(
  q: Queryable,
  clinicId: string,
  payerId: string,
  keeping: string | null = null,
) {
  const payer = await findPayer(q, clinicId, payerId);
  if (!payer) throw invalid("payerId", "Choose one of the clinic's insurance companies");
  if (payer.archivedAt && payer.id !== keeping)
    throw invalid(
      "payerId",
      `The clinic no longer bills ${payer.name} (archived). Choose another insurance company.`,
    );
  return payer;
}

/**
 * Who holds the plan: the child (their own name and date of birth, and their sex as on the card)
 * or one of the child's guardians.
 */
export function subscriberOf(
  subjects: Subjects,
  plan: { guardianId: string | null; dateOfBirth: string | null; sex: Sex; patientSex: Sex },
  today: string,
) {
  const { child } = subjects;
  if (plan.guardianId === null)
    return {
      relationship: "self" as const,
      subscriberGuardianId: null,
      subscriberName: `${child.firstName} ${child.lastName}`,
      subscriberDateOfBirth: child.dateOfBirth,
      subscriberSex: plan.patientSex,
    };
  const guardian = subjects.guardians.find((g) => g.id === plan.guardianId);
  if (!guardian)
    throw invalid("subscriberGuardianId", `Choose one of ${child.firstName}'s guardians`);
  if (!plan.dateOfBirth || plan.dateOfBirth > today)
    throw invalid("subscriberDateOfBirth", "Enter a date of birth that has passed");
  return {
    relationship: "child" as const,
    subscriberGuardianId: guardian.id,
    subscriberName: guardian.name,
    subscriberDateOfBirth: plan.dateOfBirth,
    subscriberSex: plan.sex,
  };
}

/** At most one plan of each rank in force on any day: a second one is a CONFLICT that says which. */
export function requireNoOverlap(
  subjects: Subjects,
  candidate: CoveragePeriod & { id: string | null },
) {
  const others = subjects.plans.filter((plan) => plan.id !== candidate.id);
  const conflict = conflictingCoverage(candidate, others);
  if (!conflict) return;
  const other = candidate.rank === "primary" ? "secondary" : "primary";
  const until = conflict.effectiveTo ? ` to ${spokenDay(conflict.effectiveTo)}` : "";
  throw new AppError(
    "CONFLICT",
    "COVERAGE_OVERLAP",
    `${subjects.child.firstName} already has a ${candidate.rank} plan in force from ` +
      `${spokenDay(conflict.effectiveFrom)}${until}: ${conflict.payerName}. End that plan first, ` +
      `or enter this one as ${other}.`,
  );
}

/** A plan's payer is settled once claims were made under it: a new payer is a new plan. */
export async function requirePayerKeptOnceBilled(
  q: Queryable,
  coverage: { id: string; payerId: string },
  payerId: string,
) {
  if (payerId === coverage.payerId || (await countClaimsOfCoverage(q, coverage.id)) === 0) return;
  throw new AppError(
    "CONFLICT",
    "COVERAGE_BILLED",
    "Claims were already made under this plan, so its insurance company stays. End this plan and add the new one.",
    { field: "payerId" },
  );
}

/** The plan's open claims checked again against it as it now stands; how many. */
export async function recheckClaimsOfCoverage(q: Queryable, coverageId: string, at: Date) {
  const rechecked = await scrubClaims(q, await listOpenClaimIdsOfCoverage(q, coverageId), at);
  return rechecked.size;
}
