import { pipelined } from "@carryover/db";
import { findCoverageChild } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { auditRead } from "../policy/audit";
import { requireBillingChild } from "../policy/billing-access";
import type { CoverageChildKey } from "./coverage.contracts";

/** The child behind a coverage page: billing staff of the child's clinic only, audited on the child. */
export async function getCoverageChild(ctx: ActorContext, input: CoverageChildKey) {
  return ctx.db.transaction(async (tx) => {
    await requireBillingChild(tx, ctx.actor, input.childId);
    const [child] = await pipelined([
      findCoverageChild(tx, input.childId),
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId: ctx.actor.clinicId,
        action: "coverage.child",
        entityType: "child",
        entityId: input.childId,
      }),
    ]);
    if (!child) throw notFound("child");
    return child;
  });
}
