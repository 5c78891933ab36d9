import { findCoverage, readCoverageSubjects, updateCoverage } from "@carryover/db/queries";
import { spokenDay } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingChild, requireBillingStaff } from "../policy/billing-access";
import { invalid, recheckClaimsOfCoverage, requireNoOverlap } from "./coverage-checks";
import type { CoverageEnd } from "./coverage.contracts";

/** Sets a plan's last day in force; its open claims are checked again. Billing staff of the clinic. */
export async function endCoverage(ctx: ActorContext, input: CoverageEnd) {
  requireBillingStaff(ctx.actor, "coverage");
  return ctx.db.transaction(async (tx) => {
    const coverage = await findCoverage(tx, ctx.actor.clinicId, input.coverageId);
    if (!coverage) throw notFound("coverage");
    await requireBillingChild(tx, ctx.actor, coverage.childId);
    if (input.effectiveTo < coverage.effectiveFrom)
      throw invalid(
        "effectiveTo",
        `The plan ends on or after the day it starts, ${spokenDay(coverage.effectiveFrom)}.`,
      );
    // A later end than the one on file may reach into another plan of the same rank.
    requireNoOverlap(await readCoverageSubjects(tx, coverage.childId), {
      ...coverage,
      effectiveTo: input.effectiveTo,
    });
    await updateCoverage(tx, coverage.id, { effectiveTo: input.effectiveTo });
    const claimsRechecked = await recheckClaimsOfCoverage(tx, coverage.id, ctx.now());
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "coverage.end",
      entityType: "child",
      entityId: coverage.childId,
    });
    return { id: coverage.id, claimsRechecked };
  });
}
