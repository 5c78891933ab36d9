import { pipelined } from "@carryover/db";
import { listFeePolicies, listFeeSessionTypes } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";
import { FEE_KINDS } from "@carryover/domain/billing";

import type { ActorContext } from "../context";
import { requireBillingStaff } from "../policy/billing-access";
import type { FeePolicies } from "./fee-policy.contracts";

/** The clinic's late-cancellation and no-show fees, and the session types they may name. */
export async function getFeePolicy(ctx: ActorContext): Promise<FeePolicies> {
  requireBillingStaff(ctx.actor, "fee policy");
  const { clinicId, role } = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const [policies, sessionTypes] = await pipelined([
      listFeePolicies(tx, clinicId),
      listFeeSessionTypes(tx, clinicId),
    ]);
    return {
      canEdit: can(role, "administerClinic"),
      sessionTypes,
      policies: FEE_KINDS.map(
        (kind) =>
          policies.find((policy) => policy.kind === kind) ?? {
            kind,
            amountCents: null,
            sessionTypeIds: [],
            updatedAt: null,
            updatedByName: null,
          },
      ),
    };
  });
}
