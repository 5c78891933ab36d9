import { pipelined } from "@carryover/db";
import {
  findCoverage,
  insertCoverage,
  readCoverageSubjects,
  updateCoverage,
} from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireGuardianOfChild } from "../policy/billing-access";
import {
  invalid,
  recheckClaimsOfCoverage,
  requireNoOverlap,
  requirePayerKeptOnceBilled,
  requirePlanPayer,
  subscriberOf,
} from "./coverage-checks";
import type { FamilyCard } from "./coverage.contracts";

/**
 * A guardian enters their child's insurance card from the portal, or updates one on file: the
 * child's own plan or the guardian's. The clinic's billing staff see it on the child's coverage,
 * marked as the family's. Another family's child, or a plan not the child's, is not found.
 */
export async function submitFamilyCard(ctx: ActorContext, input: FamilyCard) {
  return ctx.db.transaction(async (tx) => {
    const child = await requireGuardianOfChild(tx, ctx.actor, input.childId);
    const today = localDateOf(ctx.now(), child.clinicTimeZone);
    const [subjects, onFile] = await pipelined([
      readCoverageSubjects(tx, input.childId),
      input.coverageId ? findCoverage(tx, child.clinicId, input.coverageId) : Promise.resolve(null),
    ]);
    if (input.coverageId && onFile?.childId !== input.childId) throw notFound("plan");
    const payer = await requirePlanPayer(tx, child.clinicId, input.payerId, onFile?.payerId);
    if (payer.kind === "self_pay") throw invalid("payerId", "Choose your insurance company");
    if (onFile) await requirePayerKeptOnceBilled(tx, onFile, input.payerId);
    const subscriber = subscriberOf(
      subjects,
      {
        guardianId: input.whose === "mine" ? ctx.actor.userId : null,
        dateOfBirth: input.subscriberDateOfBirth,
        sex: input.subscriberSex,
        patientSex: input.patientSex,
      },
      today,
    );
    const effectiveFrom = input.effectiveFrom ?? onFile?.effectiveFrom ?? today;
    const effectiveTo = onFile?.effectiveTo ?? null;
    if (effectiveTo !== null && effectiveTo < effectiveFrom)
      throw invalid("effectiveFrom", "Enter a start date before the plan ended");
    requireNoOverlap(subjects, {
      id: onFile?.id ?? null,
      rank: input.rank,
      effectiveFrom,
      effectiveTo,
    });
    const values = {
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
      effectiveFrom,
      effectiveTo,
      enteredById: ctx.actor.userId,
    };
    let id = onFile?.id;
    if (id) {
      await updateCoverage(tx, id, values);
      await recheckClaimsOfCoverage(tx, id, ctx.now());
    } else {
      ({ id } = await insertCoverage(tx, {
        ...values,
        clinicId: child.clinicId,
        childId: input.childId,
      }));
    }
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: onFile ? "coverage.family_update" : "coverage.family_create",
      entityType: "child",
      entityId: input.childId,
    });
    return { id };
  });
}
