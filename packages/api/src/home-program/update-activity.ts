import type { Tx } from "@carryover/db";
import {
  findProgramActivity,
  findProgramByChild,
  updateProgramActivity,
} from "@carryover/db/queries";
import {
  Activity,
  describeActivityChange,
  guardianMayChangeActivity,
  type ActivityStatus,
} from "@carryover/domain/home-program";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import type { UpdateActivityInput } from "./activity.contracts";
import { recordProgramChange } from "./record-change";

type Row = NonNullable<Awaited<ReturnType<typeof findProgramActivity>>>["activity"];

const snapshot = (a: Row) => ({ content: a.content, structure: a.structure, status: a.status });

const STATUS_WORDS: Record<ActivityStatus, string> = {
  active: "Back in the family's day",
  paused: "Paused",
  archived: "Removed from the program",
};

function describe(before: Row, after: Row): string[] {
  const changes = describeActivityChange(
    { content: before.content, structure: before.structure },
    { content: after.content, structure: after.structure },
  );
  if (before.status !== after.status) changes.push(STATUS_WORDS[after.status]);
  return changes.length > 0 ? changes : ["Saved without changes"];
}

/** Finds the activity, checks who may change it, and applies the change only to the version the editor saw. */
export async function applyActivityChange(
  tx: Tx,
  ctx: ActorContext,
  input: UpdateActivityInput,
  action: string,
  options: {
    describeAs?: (before: Row, after: Row) => string[];
    /** A guardian may make this change whatever the therapist opened to guardians (the caller decided). */
    guardianMay?: boolean;
  } = {},
) {
  const found = await findProgramActivity(tx, input.activityId);
  if (!found) throw notFound("activity");
  const { activity: before, childId } = found;
  const { staff } = await requireProgramAccess(tx, ctx.actor, childId, "edit");
  const proposed = Activity.parse({
    content: input.content ?? before.content,
    structure: input.structure ?? before.structure,
  });
  if (!staff && !options.guardianMay) {
    const program = await findProgramByChild(tx, childId);
    const allowed =
      (input.status === undefined || input.status === before.status) &&
      guardianMayChangeActivity(
        { content: before.content, structure: before.structure },
        proposed,
        program?.guardianEditable ?? [],
      );
    if (!allowed) {
      throw new AppError(
        "FORBIDDEN",
        "GUARDIAN_CANNOT_CHANGE",
        "Only the therapist can change this part of the activity. You can add what you noticed instead.",
      );
    }
  }
  const after = await updateProgramActivity(
    tx,
    before.id,
    input.expectedVersion,
    {
      content: proposed.content,
      structure: proposed.structure,
      kind: proposed.structure.kind,
      ...(input.status ? { status: input.status } : {}),
    },
    ctx.actor.userId,
  );
  if (!after) {
    const current = await findProgramActivity(tx, before.id);
    throw new AppError(
      "CONFLICT",
      "ACTIVITY_CHANGED",
      "Someone else changed this activity while you were editing. Here is their version: keep theirs or apply yours again.",
      {
        current: current
          ? { ...snapshot(current.activity), version: current.activity.version }
          : null,
      },
    );
  }
  await recordProgramChange(tx, ctx, {
    programId: before.programId,
    childId,
    action,
    activityId: before.id,
    activityVersion: after.version,
    changes: (options.describeAs ?? describe)(before, after),
    before: snapshot(before),
    after: snapshot(after),
  });
  return { activityId: after.id, version: after.version };
}

/** Changes an activity (content, structure or status) unless someone changed it first. */
export async function updateActivity(ctx: ActorContext, input: UpdateActivityInput) {
  return ctx.db.transaction((tx) => applyActivityChange(tx, ctx, input, "activity.update"));
}
