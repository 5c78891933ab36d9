import {
  findProgramActivity,
  findProgramByChild,
  findRevision,
  updateProgramSettings,
} from "@carryover/db/queries";
import type {
  ActivityContent,
  ActivityStatus,
  ActivityStructure,
} from "@carryover/domain/home-program";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import type { RevertInput } from "./program.contracts";
import { recordProgramChange } from "./record-change";
import { applyActivityChange } from "./update-activity";

type ActivitySnapshot = {
  content: ActivityContent;
  structure: ActivityStructure;
  status: ActivityStatus;
};

const notRevertible = () =>
  new AppError(
    "PRECONDITION_FAILED",
    "NOT_REVERTIBLE",
    "This change can't be undone from the history.",
  );

/**
 * Undoes one change as a new change (so the history keeps both): an activity goes back to what it
 * was before, an added activity leaves the program, settings go back to their earlier values.
 */
export async function revertRevision(ctx: ActorContext, input: RevertInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    await requireProgramAccess(tx, actor, input.childId, "manage");
    const program = await findProgramByChild(tx, input.childId);
    if (!program) throw notFound("home program");
    const revision = await findRevision(tx, program.id, input.revisionId);
    if (!revision) throw notFound("change");
    const undone = `Undid: ${revision.changes.join("; ")}`;

    if (revision.action === "program.update") {
      const before = revision.before as Parameters<typeof updateProgramSettings>[3] | null;
      if (!before) throw notRevertible();
      const after = await updateProgramSettings(tx, program.id, program.version, before);
      if (!after) throw notRevertible();
      await recordProgramChange(tx, ctx, {
        programId: program.id,
        childId: input.childId,
        action: "program.revert",
        changes: [undone],
        before: revision.after,
        after: before,
      });
      return { ok: true as const };
    }

    if (!revision.activityId) throw notRevertible();
    const current = await findProgramActivity(tx, revision.activityId);
    if (!current) throw notFound("activity");
    const target: Partial<ActivitySnapshot> | null =
      revision.action === "activity.create"
        ? { status: "archived" }
        : revision.action === "activity.update"
          ? (revision.before as ActivitySnapshot | null)
          : null;
    if (!target) throw notRevertible();
    await applyActivityChange(
      tx,
      ctx,
      { activityId: current.activity.id, expectedVersion: current.activity.version, ...target },
      "activity.revert",
      { describeAs: () => [undone] },
    );
    return { ok: true as const };
  });
}
