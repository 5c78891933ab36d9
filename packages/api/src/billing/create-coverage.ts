import { pipelined } from "@carryover/db";
import { insertCoverage, readCoverageSubjects } from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireBillingChild } from "../policy/billing-access";
import { requireNoOverlap, requirePlanPayer, subscriberOf } from "./coverage-checks";
import type { NewCoverage } from "./coverage.contracts";

/**
 * Enters a plan on a child's coverage: one of the clinic's current payers, the child's own plan or
 * a guardian's, at most one of each rank in force on any day. Billing staff of the child's clinic.
 */
export async function createCoverage(ctx: ActorContext, input: NewCoverage) {
  return ctx.db.transaction(async (tx) => {
    const child = await requireBillingChild(tx, ctx.actor, input.childId);
    const today = localDateOf(ctx.now(), child.clinicTimeZone);
    const [, subjects] = await pipelined([
      requirePlanPayer(tx, child.clinicId, input.payerId),
      readCoverageSubjects(tx, input.childId),
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
    requireNoOverlap(subjects, { id: null, ...input });
    const { id } = await insertCoverage(tx, {
      clinicId: child.clinicId,
      childId: input.childId,
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
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "coverage.create",
      entityType: "child",
      entityId: input.childId,
    });
    return { id };
  });
}
