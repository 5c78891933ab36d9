import { insertForms } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { requireFormAccess } from "../policy/form-access";
import type { FormOf } from "./form.contracts";

/**
 * A signed form never changes: to correct it, staff send a new version, a new form starting from
 * the signed answers for the family to check and sign again.
 */
export async function newFormVersion(ctx: ActorContext, input: FormOf) {
  return ctx.db.transaction(async (tx) => {
    const { form, side } = await requireFormAccess(tx, ctx.actor, input.formId);
    if (side !== "staff")
      throw new AppError("FORBIDDEN", "STAFF_SEND_FORMS", "Ask the clinic for a new version.");
    if (!form.signedAt)
      throw new AppError(
        "PRECONDITION_FAILED",
        "FORM_NOT_SIGNED",
        "This form isn't signed yet: the family can still change it.",
      );
    const [sent] = await insertForms(tx, [
      {
        clinicId: form.clinicId,
        childId: form.childId,
        templateId: form.templateId,
        templateKey: form.templateKey,
        templateVersion: form.templateVersion,
        title: form.title,
        content: form.content,
        consentKind: form.consentKind,
        answers: form.answers,
        sentById: ctx.actor.userId,
        sentAt: ctx.now(),
        replacesId: form.id,
      },
    ]);
    if (!sent) throw new Error("the new version was not kept");
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "form.send",
      entityType: "child",
      entityId: form.childId,
    });
    return sent;
  });
}
