import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireFormAccess } from "../policy/form-access";
import { formSummaryOf } from "./form-view";
import type { FormOf } from "./form.contracts";

/** One form with its questions and answers, and its signature once signed. Audited. */
export async function getForm(ctx: ActorContext, input: FormOf) {
  return ctx.db.transaction(async (tx) => {
    const { form, childName, clinicName, clinicTimeZone, side } = await requireFormAccess(
      tx,
      ctx.actor,
      input.formId,
    );
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "form.read",
      entityType: "child",
      entityId: form.childId,
    });
    return {
      ...formSummaryOf({ ...form, childName }),
      clinicName,
      timeZone: clinicTimeZone,
      content: form.content,
      answers: form.answers,
      consentKind: form.consentKind,
      canFill: side === "family" && !form.signedAt,
      signature:
        form.signedAt && form.signerName
          ? {
              signedAt: form.signedAt,
              signerName: form.signerName,
              drawnSignature: form.drawnSignature,
              ip: side === "staff" ? form.signedIp : null,
              documentHash: form.documentHash,
            }
          : null,
    };
  });
}
