import { findProgramByChild, listRevisions, listUserNames } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { requireProgramAccess } from "../policy/program-access";
import type { ChildId } from "./program.contracts";
import { auditChildRecord } from "./record-change";

const REVERTIBLE = new Set(["activity.create", "activity.update", "program.update"]);

/** The program's history, newest first: who changed what, in words, and whether it can be undone. */
export async function listProgramRevisions(ctx: ActorContext, input: ChildId) {
  return ctx.db.transaction(async (tx) => {
    await requireProgramAccess(tx, ctx.actor, input.childId, "view");
    await auditChildRecord(tx, ctx, input.childId, "program.history.read");
    const program = await findProgramByChild(tx, input.childId);
    if (!program) return [];
    const revisions = await listRevisions(tx, program.id);
    const names = await listUserNames(tx, [
      ...new Set(revisions.flatMap((r) => (r.actorId ? [r.actorId] : []))),
    ]);
    return revisions.map((r) => ({
      id: r.id,
      activityId: r.activityId,
      actorName: (r.actorId && names.get(r.actorId)) ?? null,
      at: r.at,
      action: r.action,
      changes: r.changes,
      revertible: REVERTIBLE.has(r.action),
    }));
  });
}
