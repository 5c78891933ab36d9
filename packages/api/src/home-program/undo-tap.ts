import { undoPracticeTap } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { requireProgramAccess } from "../policy/program-access";
import type { UndoTapInput } from "./practice.contracts";
import { auditChildRecord } from "./record-change";

/** "Undo last tap": takes one's own tap out of a practice still in progress. */
export async function undoTap(ctx: ActorContext, input: UndoTapInput) {
  return ctx.db.transaction(async (tx) => {
    await requireProgramAccess(tx, ctx.actor, input.childId, "view");
    const undone = await undoPracticeTap(tx, {
      childId: input.childId,
      tappedById: ctx.actor.userId,
      clientKey: input.clientKey,
      at: ctx.now(),
    });
    if (undone) await auditChildRecord(tx, ctx, input.childId, "practice.untap");
    return { undone };
  });
}
