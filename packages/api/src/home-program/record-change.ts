import type { Queryable, Tx } from "@carryover/db";
import { insertRevision, notifyProgramChanged } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";

/**
 * Every change to a program leaves three marks in its transaction: a revision (who, when, what in
 * words, and what it was before), an audit row on the child's record, and a notification that
 * reaches every open view of the program once the change commits.
 */
export async function recordProgramChange(
  tx: Tx,
  ctx: ActorContext,
  change: {
    programId: string;
    childId: string;
    action: string;
    activityId?: string;
    activityVersion?: number;
    changes: string[];
    before: unknown;
    after: unknown;
  },
) {
  const revision = await insertRevision(tx, {
    programId: change.programId,
    activityId: change.activityId ?? null,
    activityVersion: change.activityVersion ?? null,
    actorId: ctx.actor.userId,
    // The service's clock, not the transaction's start: changes in one transaction keep their order.
    at: ctx.now(),
    action: change.action,
    changes: change.changes,
    before: change.before ?? null,
    after: change.after ?? null,
  });
  await auditChildRecord(tx, ctx, change.childId, change.action);
  await notifyProgramChanged(tx, {
    programId: change.programId,
    childId: change.childId,
    revisionId: revision.id,
  });
  return revision;
}

/** A read or write of a child's program, audited in the caller's transaction. */
export async function auditChildRecord(
  tx: Queryable,
  ctx: ActorContext,
  childId: string,
  action: string,
) {
  await audit(tx, ctx.meta, {
    actorId: ctx.actor.userId,
    clinicId: ctx.actor.clinicId,
    action,
    entityType: "child",
    entityId: childId,
  });
}
