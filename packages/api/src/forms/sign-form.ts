import { createHash } from "node:crypto";

import type { Tx } from "@carryover/db";
import { insertChildConsent, signForm as keepSignature } from "@carryover/db/queries";
import { completedFormOf, decideFormSigning, type FormAnswers } from "@carryover/domain/forms";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { storeGeneratedDocument } from "../documents/store-document";
import { AppError } from "../errors";
import { audit } from "../policy/audit";
import { formSigned, requireFormFiller } from "../policy/form-access";
import type { SignFormInput } from "./form.contracts";
import { prefillFromIntake } from "./prefill-from-intake";
import { renderFormPdf } from "./render-form-pdf";
import { checkedAnswers } from "./save-form";

type Filled = Awaited<ReturnType<typeof requireFormFiller>>;

/**
 * The guardian signs: every required field answered, the completed document kept as a PDF in the
 * child's documents with its SHA-256 on the form, the consent it gives recorded, an intake's answers
 * offered to the chart; all in one transaction. From then on the form never changes.
 */
export async function signForm(ctx: ActorContext, input: SignFormInput) {
  let storageKey: string | null = null;
  try {
    return await ctx.db.transaction(async (tx) => {
      const filled = await requireFormFiller(tx, ctx.actor, input.formId);
      const answers = answersToSign(filled, input.answers);
      const signedAt = ctx.now();
      const bytes = await pdfOf(filled, answers, input, signedAt, ctx.meta.ip);
      const documentHash = createHash("sha256").update(bytes).digest("hex");
      const stored = await storeGeneratedDocument(ctx, pdfDocumentOf(filled, bytes, ctx), tx);
      storageKey = stored.storageKey;
      const signed = await keepSignature(tx, {
        formId: filled.form.id,
        answers,
        signedAt,
        signedByGuardianId: ctx.actor.userId,
        signerName: input.signerName,
        drawnSignature: input.drawnSignature ?? null,
        signedIp: ctx.meta.ip,
        documentHash,
        documentId: stored.id,
      });
      if (!signed) throw formSigned();
      await recordConsentGiven(ctx, tx, filled, input.signerName, signedAt);
      if (filled.form.templateKey === "intake")
        await prefillFromIntake(tx, filled.form.childId, filled.form.content, answers);
      await auditSigning(ctx, tx, filled.form.childId, "form.sign");
      return { id: filled.form.id, signedAt, documentId: stored.id, documentHash };
    });
  } catch (error) {
    if (storageKey) await ctx.storage.remove(storageKey).catch(() => undefined);
    throw error;
  }
}

function answersToSign({ form }: Filled, given: FormAnswers) {
  const answers = checkedAnswers(form.content, given);
  const decision = decideFormSigning(form.content, answers);
  if (decision.ok) return answers;
  throw new AppError("UNPROCESSABLE", "REQUIRED_ANSWER_MISSING", decision.message, {
    field: `answers.${decision.field.id}`,
    fieldErrors: Object.fromEntries(
      Object.entries(decision.problems).map(([id, problem]) => [`answers.${id}`, problem]),
    ),
  });
}

async function pdfOf(
  { form, childName, clinicName }: Filled,
  answers: FormAnswers,
  input: SignFormInput,
  signedAt: Date,
  ip: string | null,
) {
  const completed = completedFormOf({
    title: form.title,
    clinicName,
    childName,
    content: form.content,
    answers,
    signature: {
      signerName: input.signerName,
      signedAt,
      ip,
      drawnSignature: input.drawnSignature ?? null,
    },
  });
  return renderFormPdf(completed).catch((error: unknown) => {
    if (!input.drawnSignature) throw error;
    throw new AppError("VALIDATION", "SIGNATURE_UNREADABLE", "Draw your signature again.", {
      field: "drawnSignature",
    });
  });
}

const pdfDocumentOf = ({ form, childName }: Filled, bytes: Uint8Array, ctx: ActorContext) => ({
  clinicId: form.clinicId,
  childId: form.childId,
  category: "signed_form" as const,
  fileName: `${form.title} - ${childName}.pdf`.replace(/[^\p{L}\p{N} ._-]/gu, ""),
  mime: "application/pdf" as const,
  bytes,
  uploadedById: ctx.actor.userId,
  sharedWithFamily: true,
});

/** A signed consent form is the consent on file that caregiver-only billing and telehealth look for. */
async function recordConsentGiven(
  ctx: ActorContext,
  tx: Tx,
  { form, facts }: Filled,
  signerName: string,
  signedAt: Date,
) {
  if (!form.consentKind) return;
  await insertChildConsent(tx, {
    clinicId: form.clinicId,
    childId: form.childId,
    kind: form.consentKind,
    givenByName: signerName,
    givenByGuardianId: ctx.actor.userId,
    givenOn: localDateOf(signedAt, facts.clinicTimeZone),
    recordedById: ctx.actor.userId,
    at: signedAt,
  });
  await auditSigning(ctx, tx, form.childId, "consent.record");
}

const auditSigning = (ctx: ActorContext, tx: Tx, childId: string, action: string) =>
  audit(tx, ctx.meta, {
    actorId: ctx.actor.userId,
    clinicId: ctx.actor.clinicId,
    action,
    entityType: "child",
    entityId: childId,
  });
