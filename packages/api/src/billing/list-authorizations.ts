import { pipelined } from "@carryover/db";
import {
  listBookedSessionsOfChildren,
  listChildCoverages,
  listSignedVisitsOfChildren,
} from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { auditRead } from "../policy/audit";
import { requireBillingChild } from "../policy/billing-access";
import { BOOKED_HORIZON_MS, standingOf } from "./authorization-standing";
import type { ChildCoverageKey } from "./authorization.contracts";

/**
 * A child's coverage with each authorization's burn-down (`standingOf`). For billing staff; audited
 * on the child's record.
 */
export async function listAuthorizations(ctx: ActorContext, input: ChildCoverageKey) {
  return ctx.db.transaction(async (tx) => {
    const child = await requireBillingChild(tx, ctx.actor, input.childId);
    const now = ctx.now();
    const today = localDateOf(now, child.clinicTimeZone);
    const coverages = await listChildCoverages(tx, input.childId);
    const earliest = coverages
      .flatMap((c) => c.authorizations.map((a) => a.startsOn))
      .reduce((min, on) => (on < min ? on : min), today);
    const [visits, sessions] = await pipelined([
      listSignedVisitsOfChildren(tx, [input.childId], earliest),
      listBookedSessionsOfChildren(tx, [input.childId], now, new Date(+now + BOOKED_HORIZON_MS)),
      auditRead(tx, ctx.meta, {
        actorId: ctx.actor.userId,
        clinicId: ctx.actor.clinicId,
        action: "authorization.list",
        entityType: "child",
        entityId: input.childId,
      }),
    ]);
    return coverages.map(({ authorizations, payerRules, ...coverage }) => ({
      ...coverage,
      authorizations: authorizations.map((auth) =>
        standingOf({
          auth,
          rules: payerRules,
          visits,
          sessions,
          today,
          timeZone: child.clinicTimeZone,
        }),
      ),
    }));
  });
}
