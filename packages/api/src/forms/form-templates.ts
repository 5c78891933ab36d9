import {
  insertFormTemplate,
  insertSeededFormTemplates,
  updateFormTemplate as keepTemplate,
  listFormTemplates,
} from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError, notFound } from "../errors";
import { audit } from "../policy/audit";
import type { CreateFormTemplateInput, UpdateFormTemplateInput } from "./form.contracts";

const templateView = (t: Awaited<ReturnType<typeof listFormTemplates>>[number]) => ({
  id: t.id,
  key: t.key,
  title: t.title,
  description: t.description,
  consentKind: t.consentKind,
  version: t.version,
  content: t.content,
});

/** The clinic's forms to send; a clinic made before forms existed gets the standard six first. */
export async function listTemplates(ctx: ActorContext) {
  return ctx.db.transaction(async (tx) => {
    await insertSeededFormTemplates(tx, ctx.actor.clinicId);
    return (await listFormTemplates(tx, ctx.actor.clinicId)).map(templateView);
  });
}

export async function createTemplate(ctx: ActorContext, input: CreateFormTemplateInput) {
  return ctx.db.transaction(async (tx) => {
    const template = await insertFormTemplate(tx, { ...input, clinicId: ctx.actor.clinicId });
    await auditTemplate(ctx, tx, "form_template.create", template.id);
    return templateView(template);
  });
}

/**
 * The admin's edit at the version they read; forms already sent keep the content they were sent
 * with. Someone else's edit in between is a CONFLICT carrying the template as it stands.
 */
export async function updateTemplate(ctx: ActorContext, input: UpdateFormTemplateInput) {
  return ctx.db.transaction(async (tx) => {
    const { templateId, ...change } = input;
    const kept = await keepTemplate(tx, {
      ...change,
      templateId,
      clinicId: ctx.actor.clinicId,
      at: ctx.now(),
    });
    if (!kept) {
      const current = (await listFormTemplates(tx, ctx.actor.clinicId)).find(
        (t) => t.id === templateId,
      );
      if (!current) throw notFound("form template");
      throw new AppError(
        "CONFLICT",
        "TEMPLATE_CHANGED",
        "Someone changed this form since you opened it. Reload to see their changes.",
        { current: templateView(current) },
      );
    }
    await auditTemplate(ctx, tx, "form_template.update", templateId);
    return templateView(kept);
  });
}

const auditTemplate = (
  ctx: ActorContext,
  tx: Parameters<typeof audit>[0],
  action: string,
  templateId: string,
) =>
  audit(tx, ctx.meta, {
    actorId: ctx.actor.userId,
    clinicId: ctx.actor.clinicId,
    action,
    entityType: "form_template",
    entityId: templateId,
  });
