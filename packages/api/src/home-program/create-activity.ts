import {
  findActivityTemplate,
  findProgramByChild,
  insertProgramActivity,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { requireProgramAccess } from "../policy/program-access";
import type { CreateActivityInput } from "./activity.contracts";
import { recordProgramChange } from "./record-change";

/** Adds an activity to a child's program, from the clinic's library or written for this child. */
export async function createActivity(ctx: ActorContext, input: CreateActivityInput) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    await requireProgramAccess(tx, actor, input.childId, "manage");
    const program = await findProgramByChild(tx, input.childId);
    if (!program) throw notFound("home program");
    const template = input.templateId
      ? await findActivityTemplate(tx, actor.clinicId, input.templateId)
      : undefined;
    if (input.templateId && !template) throw notFound("activity template");
    const activity = template ?? input.activity;
    if (!activity) throw notFound("activity");
    const row = await insertProgramActivity(tx, {
      programId: program.id,
      clinicId: program.clinicId,
      templateId: template?.id ?? null,
      kind: activity.structure.kind,
      content: activity.content,
      structure: activity.structure,
      updatedById: actor.userId,
    });
    await recordProgramChange(tx, ctx, {
      programId: program.id,
      childId: input.childId,
      action: "activity.create",
      activityId: row.id,
      activityVersion: row.version,
      changes: [`Added “${row.content.title}”`],
      before: null,
      after: { content: row.content, structure: row.structure, status: row.status },
    });
    return { activityId: row.id, version: row.version };
  });
}
