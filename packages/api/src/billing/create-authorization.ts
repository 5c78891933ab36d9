import {
  findCoverage,
  insertAuthorization,
  listOpenClaimIdsOfCoverage,
  scrubClaims,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireBillingStaff } from "../policy/billing-access";
import type { NewAuthorization } from "./authorization.contracts";

/**
 * Enters an authorization on a child's coverage; the claims waiting under that coverage are
 * checked again at once, so one that only lacked it is ready. Billing staff of the clinic only.
 */
export async function createAuthorization(ctx: ActorContext, input: NewAuthorization) {
  requireBillingStaff(ctx.actor, "coverage");
  return ctx.db.transaction(async (tx) => {
    const coverage = await findCoverage(tx, ctx.actor.clinicId, input.coverageId);
    if (!coverage) throw notFound("coverage");
    const { id } = await insertAuthorization(tx, {
      clinicId: coverage.clinicId,
      coverageId: coverage.id,
      counts: input.counts,
      approved: input.approved,
      codes: input.codes?.length ? input.codes : null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      reference: input.reference || null,
    });
    const rechecked = await scrubClaims(
      tx,
      await listOpenClaimIdsOfCoverage(tx, coverage.id),
      ctx.now(),
    );
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "authorization.create",
      entityType: "child",
      entityId: coverage.childId,
    });
    return { id, claimsRechecked: rechecked.size };
  });
}
