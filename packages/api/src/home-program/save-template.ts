import {
  findActivityTemplate,
  insertActivityTemplates,
  updateActivityTemplate,
} from "@carryover/db/queries";
import type { Activity } from "@carryover/domain/home-program";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import type { CreateTemplateInput, TemplateId, UpdateTemplateInput } from "./template.contracts";

const row = (activity: Activity) => ({
  kind: activity.structure.kind,
  title: activity.content.title,
  content: activity.content,
  structure: activity.structure,
});

async function auditTemplate(
  ctx: ActorContext,
  q: Parameters<typeof audit>[0],
  action: string,
  id: string,
) {
  await audit(q, ctx.meta, {
    actorId: ctx.actor.userId,
    clinicId: ctx.actor.clinicId,
    action,
    entityType: "activity_template",
    entityId: id,
  });
}

/** Adds a template to the clinic's library. */
export async function createTemplate(ctx: ActorContext, input: CreateTemplateInput) {
  return ctx.db.transaction(async (tx) => {
    const [created] = await insertActivityTemplates(tx, [
      { ...row(input.activity), clinicId: ctx.actor.clinicId, createdById: ctx.actor.userId },
    ]);
    if (!created) throw new Error("insert returned no row");
    await auditTemplate(ctx, tx, "template.create", created.id);
    return { templateId: created.id };
  });
}

/** Changes a template; programs built from it earlier keep their own copy. */
export async function updateTemplate(ctx: ActorContext, input: UpdateTemplateInput) {
  return ctx.db.transaction(async (tx) => {
    if (!(await findActivityTemplate(tx, ctx.actor.clinicId, input.templateId)))
      throw notFound("activity template");
    await updateActivityTemplate(tx, input.templateId, row(input.activity));
    await auditTemplate(ctx, tx, "template.update", input.templateId);
    return { templateId: input.templateId };
  });
}

/** A copy to adapt, named so the two are told apart in the library. */
export async function copyTemplate(ctx: ActorContext, input: TemplateId) {
  return ctx.db.transaction(async (tx) => {
    const original = await findActivityTemplate(tx, ctx.actor.clinicId, input.templateId);
    if (!original) throw notFound("activity template");
    const title = `${original.content.title} (copy)`.slice(0, 120);
    const [copy] = await insertActivityTemplates(tx, [
      {
        clinicId: ctx.actor.clinicId,
        createdById: ctx.actor.userId,
        kind: original.kind,
        title,
        content: { ...original.content, title },
        structure: original.structure,
      },
    ]);
    if (!copy) throw new Error("insert returned no row");
    await auditTemplate(ctx, tx, "template.copy", copy.id);
    return { templateId: copy.id };
  });
}
