import {
  findProgramActivity,
  findProgramByChild,
  findRevision,
  updateProgramSettings,
} from "@carryover/db/queries";
import {
  isSameValue,
  type ActivityContent,
  type ActivityStatus,
  type ActivityStructure,
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

const changedSince = (current: unknown) =>
  new AppError(
    "CONFLICT",
    "CHANGED_SINCE",
    "This was changed again afterwards. Undo the later change first, or edit it directly.",
    { current },
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
      const now = {
        goals: program.goals,
        minutesPerDay: program.minutesPerDay,
        daysPerWeek: program.daysPerWeek,
        startDate: program.startDate,
        routineTimes: program.routineTimes,
        guardianEditable: program.guardianEditable,
      };
      if (!isSameValue(now, revision.after)) throw changedSince({ version: program.version });
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
    // Only the latest change of an activity is undone: an earlier one would also drop what came after.
    if (revision.activityVersion !== null && revision.activityVersion !== current.activity.version)
      throw changedSince({ version: current.activity.version });
    const target: Partial<ActivitySnapshot> | null =
      revision.action === "activity.create"
        ? { status: "archived" }
        : revision.action === "activity.update" || revision.action === "progression.apply"
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
