import { pipelined } from "@carryover/db";
import { listCoveragesOfChild, listPayerNames } from "@carryover/db/queries";
import { maskMemberId } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { auditRead } from "../policy/audit";
import { requireGuardianOfChild } from "../policy/billing-access";
import type { CoverageChildKey, FamilyCoverage } from "./coverage.contracts";

/**
 * The plans on file for a guardian's child, current and to come, as the family may see them (the
 * member id masked; no rule set, fee or authorization), and the insurance companies the clinic
 * bills. The child's guardians only; audited on the child.
 */
export async function listFamilyCoverage(
  ctx: ActorContext,
  input: CoverageChildKey,
): Promise<FamilyCoverage> {
  return ctx.db.transaction(async (tx) => {
    const child = await requireGuardianOfChild(tx, ctx.actor, input.childId);
    const today = localDateOf(ctx.now(), child.clinicTimeZone);
    const [plans, payers] = await pipelined([
      listCoveragesOfChild(tx, input.childId),
      listPayerNames(tx, child.clinicId),
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId: ctx.actor.clinicId,
        action: "coverage.list_for_family",
        entityType: "child",
        entityId: input.childId,
      }),
    ]);
    return {
      plans: plans
        .filter((plan) => plan.effectiveTo === null || plan.effectiveTo >= today)
        .map((plan) => {
          const mine = plan.subscriberGuardianId === ctx.actor.userId;
          return {
            id: plan.id,
            payerId: plan.payerId,
            payerName: plan.payerName,
            rank: plan.rank,
            memberIdEnding: maskMemberId(plan.memberId),
            groupNumber: plan.groupNumber,
            whose: plan.relationship === "self" ? "child" : mine ? "mine" : "other_guardian",
            subscriberName: plan.subscriberName,
            subscriberDateOfBirth: mine ? plan.subscriberDateOfBirth : null,
            subscriberSex: mine ? plan.subscriberSex : null,
            patientSex: plan.patientSex,
            addressLine1: plan.addressLine1,
            city: plan.city,
            state: plan.state,
            zip: plan.zip,
            effectiveFrom: plan.effectiveFrom,
            effectiveTo: plan.effectiveTo,
          };
        }),
      payers: payers
        .filter((payer) => payer.archivedAt === null && payer.kind !== "self_pay")
        .map(({ id, name }) => ({ id, name })),
    };
  });
}
