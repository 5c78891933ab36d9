import type { Queryable } from "@carryover/db";
import { insertForms, listFormTemplatesById } from "@carryover/db/queries";
import type { formTemplates } from "@carryover/db/schema";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import { requireChildAccess } from "../policy/child-access";
import type { SendFormsInput } from "./form.contracts";

type Template = typeof formTemplates.$inferSelect;

/** Staff send the clinic's forms to a child's family, each as the template stands now. Audited. */
export async function sendForms(ctx: ActorContext, input: SendFormsInput) {
  return ctx.db.transaction(async (tx) => {
    const child = await requireChildAccess(tx, ctx.actor, input.childId, "manage");
    const templates = await listFormTemplatesById(tx, child.clinicId, input.templateIds);
    if (templates.length !== new Set(input.templateIds).size) throw notFound("form template");
    const sent = await sendTemplates(tx, { ...child, childId: input.childId }, templates, {
      sentById: ctx.actor.userId,
      at: ctx.now(),
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "form.send",
      entityType: "child",
      entityId: input.childId,
    });
    return sent;
  });
}

/** The forms themselves: one per template, with the content it has today. */
export function sendTemplates(
  q: Queryable,
  child: { clinicId: string; childId: string },
  templates: readonly Template[],
  by: { sentById: string | null; at: Date },
) {
  return insertForms(
    q,
    templates.map((template) => ({
      clinicId: child.clinicId,
      childId: child.childId,
      templateId: template.id,
      templateKey: template.key,
      templateVersion: template.version,
      title: template.title,
      content: template.content,
      consentKind: template.consentKind,
      sentById: by.sentById,
      sentAt: by.at,
    })),
  );
}
