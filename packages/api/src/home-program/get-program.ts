import type { ActorContext } from "../context";
import { requireProgramAccess } from "../policy/program-access";
import { loadProgramView } from "./program-view";
import type { ChildId } from "./program.contracts";
import { auditChildRecord } from "./record-change";

/** A child's home program (null until a therapist starts one), audited as a read of the child's record. */
export async function getProgram(ctx: ActorContext, input: ChildId) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const { staff, canEdit } = await requireProgramAccess(tx, actor, input.childId, "view");
    const program = await loadProgramView(tx, input.childId);
    await auditChildRecord(tx, ctx, input.childId, "program.read");
    return { childId: input.childId, program, canEdit, canManage: staff };
  });
}
