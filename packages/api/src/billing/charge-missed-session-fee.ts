import type { Queryable } from "@carryover/db";
import { findFeePolicy, findMissedSession, insertOncePerSession } from "@carryover/db/queries";
import { feeFor, feeMemo, type FeeKind } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { auditEach } from "../policy/audit";

/**
 * Charges the clinic's fee for a session missed — cancelled late, or not attended — to the family
 * of each child still in it, inside the caller's transaction, audited on each child. Once per
 * session and child: charged already (another path got there first), nothing more is posted.
 * The fee in cents each child was charged now; null when the clinic's policy charges none.
 */
export async function chargeMissedSessionFee(
  tx: Queryable,
  ctx: ActorContext,
  missed: { appointmentId: string; kind: FeeKind },
): Promise<number | null> {
  const session = await findMissedSession(tx, missed.appointmentId);
  if (!session || session.childIds.length === 0) return null;
  const policy = await findFeePolicy(tx, session.clinicId, missed.kind);
  const cents = feeFor(policy, { kind: missed.kind, sessionTypeId: session.sessionTypeId });
  if (cents === null) return null;
  const sessionOn = localDateOf(session.startsAt, session.timeZone);
  const now = ctx.now();
  const charged = await insertOncePerSession(
    tx,
    session.childIds.map((childId) => ({
      clinicId: session.clinicId,
      childId,
      party: "family" as const,
      kind: "fee" as const,
      cents,
      appointmentId: missed.appointmentId,
      memo: feeMemo(missed.kind, sessionOn),
      datedOn: sessionOn,
      createdById: ctx.actor.userId,
      createdAt: now,
    })),
  );
  if (charged.length === 0) return null;
  await auditEach(
    tx,
    ctx.meta,
    charged.map(({ childId }) => ({
      actorId: ctx.actor.userId,
      clinicId: session.clinicId,
      action: "ledger.fee",
      entityType: "child",
      entityId: childId,
    })),
  );
  return cents;
}
