import { findProgramByChild, listRevisions, listUserNames } from "@carryover/db/queries";
import {
  detailActivityChange,
  detailSettingsChange,
  type ChangeDetail,
} from "@carryover/domain/home-program";

import type { ActorContext } from "../context";
import { requireProgramAccess } from "../policy/program-access";
import type { ChildId } from "./program.contracts";
import { auditChildRecord } from "./record-change";

const REVERTIBLE = new Set([
  "activity.create",
  "activity.update",
  "program.update",
  "progression.apply",
]);

type Stored = { action: string; before: unknown; after: unknown };

/** Before and after, field by field, from the snapshots every revision keeps. */
function detailsOf(r: Stored): ChangeDetail[] {
  if (!r.before || !r.after) return [];
  try {
    if (r.action.startsWith("program."))
      return detailSettingsChange(
        r.before as Parameters<typeof detailSettingsChange>[0],
        r.after as Parameters<typeof detailSettingsChange>[1],
      );
    return detailActivityChange(
      r.before as Parameters<typeof detailActivityChange>[0],
      r.after as Parameters<typeof detailActivityChange>[1],
    );
  } catch {
    // A snapshot from before a field existed: the change's words still say what happened.
    return [];
  }
}

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
    // Newest first: a change can be undone while nothing later changed the same activity or settings.
    const seen = new Set<string>();
    const latest = (r: (typeof revisions)[number]) => {
      const subject = r.activityId ?? "settings";
      const first = !seen.has(subject);
      seen.add(subject);
      return first;
    };
    return revisions.map((r) => ({
      id: r.id,
      activityId: r.activityId,
      actorName: (r.actorId && names.get(r.actorId)) ?? null,
      at: r.at,
      action: r.action,
      changes: r.changes,
      details: detailsOf(r),
      revertible: latest(r) && REVERTIBLE.has(r.action),
    }));
  });
}
