import { pipelined, type Queryable } from "@carryover/db";
import { listBookedSessionsOfChildren, listSignedVisitsOfChildren } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { auditRead, type AuditEntry } from "../policy/audit";
import { BOOKED_HORIZON_MS } from "./authorization-standing";

/** The earliest of these days, or `otherwise` when it comes first or there are none. */
export const earliestDay = (days: string[], otherwise: string) =>
  days.reduce((min, day) => (day < min ? day : min), otherwise);

/**
 * What counts against the children's authorizations — their signed visits from `since` on and
 * their sessions booked ahead — read in one round trip with the read's audit row.
 */
export async function readAuthorizationUse(
  tx: Queryable,
  ctx: ActorContext,
  read: { childIds: string[]; since: string; audit: Omit<AuditEntry, "actorId" | "clinicId"> },
) {
  const now = ctx.now();
  const [visits, sessions] = await pipelined([
    listSignedVisitsOfChildren(tx, read.childIds, read.since),
    listBookedSessionsOfChildren(tx, read.childIds, now, new Date(+now + BOOKED_HORIZON_MS)),
    auditRead(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      ...read.audit,
    }),
  ]);
  return { visits, sessions };
}
