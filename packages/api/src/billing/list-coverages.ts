import { pipelined } from "@carryover/db";
import { listCoveragesOfChild } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { auditRead } from "../policy/audit";
import { requireBillingChild } from "../policy/billing-access";
import type { CoverageChildKey } from "./coverage.contracts";

/** A child's plans as entered, with who entered each; billing staff only, audited on the child. */
export async function listCoverages(ctx: ActorContext, input: CoverageChildKey) {
  return ctx.db.transaction(async (tx) => {
    await requireBillingChild(tx, ctx.actor, input.childId);
    const [plans] = await pipelined([
      listCoveragesOfChild(tx, input.childId),
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId: ctx.actor.clinicId,
        action: "coverage.list",
        entityType: "child",
        entityId: input.childId,
      }),
    ]);
    return plans.map(({ enteredByName, enteredByFamily, ...plan }) => ({
      ...plan,
      enteredBy: enteredByName === null ? null : { name: enteredByName, family: enteredByFamily },
    }));
  });
}
