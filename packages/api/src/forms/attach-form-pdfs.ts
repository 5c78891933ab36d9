import { createHash } from "node:crypto";
import { and, eq, isNotNull, isNull } from "drizzle-orm";

import type { Db } from "@carryover/db";
import { children, clinics, forms } from "@carryover/db/schema";
import { completedFormOf } from "@carryover/domain/forms";

import type { ServiceDeps } from "../context";
import { storeGeneratedDocument } from "../documents/store-document";
import { renderFormPdf } from "./render-form-pdf";

/**
 * Keeps the PDF of each signed form that has none (the demo's intake, signed by the seed, which
 * cannot reach storage), made from the form exactly as signed, with its hash: once (migration 0031).
 */
export async function attachMissingFormPdfs(deps: Pick<ServiceDeps, "db" | "storage">, db: Db) {
  const unkept = await db
    .select({
      form: forms,
      childName: children.firstName,
      childLastName: children.lastName,
      clinicName: clinics.name,
    })
    .from(forms)
    .innerJoin(children, eq(children.id, forms.childId))
    .innerJoin(clinics, eq(clinics.id, forms.clinicId))
    .where(and(isNotNull(forms.signedAt), isNull(forms.documentId)));
  for (const { form, childName, childLastName, clinicName } of unkept) {
    if (!form.signedAt || !form.signerName) continue;
    const bytes = await renderFormPdf(
      completedFormOf({
        title: form.title,
        clinicName,
        childName: `${childName} ${childLastName}`,
        content: form.content,
        answers: form.answers,
        signature: {
          signerName: form.signerName,
          signedAt: form.signedAt,
          ip: form.signedIp,
          drawnSignature: form.drawnSignature,
        },
      }),
    );
    await db.transaction(async (tx) => {
      const stored = await storeGeneratedDocument(
        deps,
        {
          clinicId: form.clinicId,
          childId: form.childId,
          category: "signed_form",
          fileName: `${form.title} - ${childName} ${childLastName}.pdf`,
          mime: "application/pdf",
          bytes,
          uploadedById: form.signedByGuardianId,
          sharedWithFamily: true,
        },
        tx,
      );
      await tx
        .update(forms)
        .set({
          documentId: stored.id,
          documentHash: createHash("sha256").update(bytes).digest("hex"),
        })
        .where(and(eq(forms.id, form.id), isNull(forms.documentId)));
    });
  }
  return unkept.length;
}
