import { listChildConsents } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireChartReader } from "../policy/child-access";
import type { ConsentsKey } from "./consent.contracts";

/**
 * A child's consents, standing and revoked, with who gave them and when: for staff who read the
 * record, and for the child's own family, whose consents they are. Audited on the child's record.
 */
export async function listConsents(ctx: ActorContext, input: ConsentsKey) {
  return ctx.db.transaction(async (tx) => {
    // A guardian passes requireChartReader only for a child they are linked to.
    await requireChartReader(tx, ctx.actor, input.childId);
    if (!can(ctx.actor.role, "readClinicalRecord") && !can(ctx.actor.role, "beLinkedToChildren"))
      throw notFound("child");
    const consents = await listChildConsents(tx, input.childId);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "consent.list",
      entityType: "child",
      entityId: input.childId,
    });
    return consents;
  });
}
