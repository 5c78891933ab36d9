import { and, eq } from "drizzle-orm";

import { insertForms } from "@carryover/db/queries";
import { children, formTemplates } from "@carryover/db/schema";

import { withDatabase } from "./database";

/** Sends the clinic's standard form of this key to the child, as staff would; the form's id. */
export async function sendForm(
  childId: string,
  key: "intake" | "telehealth_consent" | "photo_video_consent",
) {
  return withDatabase(async (db) => {
    const [template] = await db
      .select()
      .from(formTemplates)
      .innerJoin(children, eq(children.clinicId, formTemplates.clinicId))
      .where(and(eq(children.id, childId), eq(formTemplates.key, key)));
    if (!template) throw new Error(`no ${key} template for the child's clinic`);
    const { form_templates: t } = template;
    const [sent] = await insertForms(db, [
      {
        clinicId: t.clinicId,
        childId,
        templateId: t.id,
        templateKey: t.key,
        templateVersion: t.version,
        title: t.title,
        content: t.content,
        consentKind: t.consentKind,
        sentAt: new Date(),
      },
    ]);
    if (!sent) throw new Error("the form was not sent");
    return sent.id;
  });
}
