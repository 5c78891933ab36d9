import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";

import {
  SEEDED_FORM_TEMPLATES,
  type FormContent,
  type FormTemplateKey,
} from "@carryover/domain/forms";

import type { Queryable } from "../../client";
import { formTemplates } from "../../schema";

/** The clinic's forms to send (archived ones left out), in the order the clinic first had them. */
export async function listFormTemplates(q: Queryable, clinicId: string) {
  return q
    .select()
    .from(formTemplates)
    .where(and(eq(formTemplates.clinicId, clinicId), isNull(formTemplates.archivedAt)))
    .orderBy(asc(formTemplates.id));
}

export async function findFormTemplate(q: Queryable, clinicId: string, templateId: string) {
  const [template] = await listFormTemplatesById(q, clinicId, [templateId]);
  return template ?? null;
}

/** The clinic's templates among these ids; another clinic's are left out. */
export async function listFormTemplatesById(
  q: Queryable,
  clinicId: string,
  templateIds: readonly string[],
) {
  if (templateIds.length === 0) return [];
  return q
    .select()
    .from(formTemplates)
    .where(and(eq(formTemplates.clinicId, clinicId), inArray(formTemplates.id, [...templateIds])));
}

/** The clinic's current template of each of these standard forms. */
export async function listFormTemplatesByKey(
  q: Queryable,
  clinicId: string,
  keys: readonly FormTemplateKey[],
) {
  if (keys.length === 0) return [];
  return q
    .select()
    .from(formTemplates)
    .where(
      and(
        eq(formTemplates.clinicId, clinicId),
        inArray(formTemplates.key, [...keys]),
        isNull(formTemplates.archivedAt),
      ),
    );
}

/** The six forms every clinic starts with (issue 21), each once: one the clinic archived stays archived. */
export async function insertSeededFormTemplates(q: Queryable, clinicId: string) {
  const have = await q
    .select({ key: formTemplates.key })
    .from(formTemplates)
    .where(eq(formTemplates.clinicId, clinicId));
  const missing = SEEDED_FORM_TEMPLATES.filter((t) => !have.some((h) => h.key === t.key));
  if (missing.length === 0) return;
  await q.insert(formTemplates).values(missing.map((template) => ({ ...template, clinicId })));
}

export async function insertFormTemplate(
  q: Queryable,
  template: { clinicId: string; title: string; description: string; content: FormContent },
) {
  const [row] = await q
    .insert(formTemplates)
    .values({ ...template, key: "custom" })
    .returning();
  if (!row) throw new Error("form template not kept");
  return row;
}

/** Changes a template at the version the editor read; null when someone changed it since. */
export async function updateFormTemplate(
  q: Queryable,
  change: {
    clinicId: string;
    templateId: string;
    version: number;
    title: string;
    description: string;
    content: FormContent;
    at: Date;
  },
) {
  const [row] = await q
    .update(formTemplates)
    .set({
      title: change.title,
      description: change.description,
      content: change.content,
      version: sql`${formTemplates.version} + 1`,
      updatedAt: change.at,
    })
    .where(
      and(
        eq(formTemplates.id, change.templateId),
        eq(formTemplates.clinicId, change.clinicId),
        eq(formTemplates.version, change.version),
      ),
    )
    .returning();
  return row ?? null;
}
