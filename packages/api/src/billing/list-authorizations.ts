import { listChildCoverages } from "@carryover/db/queries";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { requireBillingChild } from "../policy/billing-access";
import { standingOf } from "./authorization-standing";
import type { ChildCoverageKey } from "./authorization.contracts";
import { earliestDay, readAuthorizationUse } from "./read-authorization-use";

/**
 * A child's coverage with each authorization's burn-down (`standingOf`). For billing staff; audited
 * on the child's record.
 */
export async function listAuthorizations(ctx: ActorContext, input: ChildCoverageKey) {
  return ctx.db.transaction(async (tx) => {
    const child = await requireBillingChild(tx, ctx.actor, input.childId);
    const today = localDateOf(ctx.now(), child.clinicTimeZone);
    const coverages = await listChildCoverages(tx, input.childId);
    const { visits, sessions } = await readAuthorizationUse(tx, ctx, {
      childIds: [input.childId],
      since: earliestDay(
        coverages.flatMap((c) => c.authorizations.map((a) => a.startsOn)),
        today,
      ),
      audit: { action: "authorization.list", entityType: "child", entityId: input.childId },
    });
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
