import { pipelined } from "@carryover/db";
import { findCoverage, readCoverageSubjects, updateCoverage } from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingChild, requireBillingStaff } from "../policy/billing-access";
import {
  recheckClaimsOfCoverage,
  requireNoOverlap,
  requirePayerKeptOnceBilled,
  requirePlanPayer,
  subscriberOf,
} from "./coverage-checks";
import type { CoverageChange } from "./coverage.contracts";

/**
 * Corrects a plan on a child's coverage as a whole, under the same checks as entering one; its
 * open claims are checked again. Billing staff of the child's clinic.
 */
export async function updateCoverageDetails(ctx: ActorContext, input: CoverageChange) {
  requireBillingStaff(ctx.actor, "coverage");
  return ctx.db.transaction(async (tx) => {
    const coverage = await findCoverage(tx, ctx.actor.clinicId, input.coverageId);
    if (!coverage) throw notFound("coverage");
    const child = await requireBillingChild(tx, ctx.actor, coverage.childId);
    const today = localDateOf(ctx.now(), child.clinicTimeZone);
    const [, subjects] = await pipelined([
      requirePlanPayer(tx, child.clinicId, input.payerId, coverage.payerId),
      readCoverageSubjects(tx, coverage.childId),
      requirePayerKeptOnceBilled(tx, coverage, input.payerId),
    ]);
    const subscriber = subscriberOf(
      subjects,
      {
        guardianId: input.relationship === "child" ? input.subscriberGuardianId : null,
        dateOfBirth: input.subscriberDateOfBirth,
        sex: input.subscriberSex,
        patientSex: input.patientSex,
      },
      today,
    );
    requireNoOverlap(subjects, { ...input, id: coverage.id });
    await updateCoverage(tx, coverage.id, {
      payerId: input.payerId,
      rank: input.rank,
      memberId: input.memberId,
      groupNumber: input.groupNumber,
      ...subscriber,
      patientSex: input.patientSex,
      addressLine1: input.addressLine1,
      city: input.city,
      state: input.state,
      zip: input.zip,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo,
      enteredById: ctx.actor.userId,
    });
    const claimsRechecked = await recheckClaimsOfCoverage(tx, coverage.id, ctx.now());
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "coverage.update",
      entityType: "child",
      entityId: coverage.childId,
    });
    return { id: coverage.id, claimsRechecked };
  });
}
