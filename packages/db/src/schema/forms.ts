import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

import { FORM_TEMPLATE_KEYS, type FormAnswers, type FormContent } from "@carryover/domain/forms";

import { clinics } from "./clinic";
import { consentKindEnum } from "./clinical-notes";
import { documents } from "./documents";
import { users } from "./identity";
import { ofChild } from "./of-child";

/**
 * A form the clinic sends families: the seeded intake and consents, and the clinic's own. Editing
 * one raises its `version`; forms already sent keep the content they were sent with.
 */
export const formTemplates = pgTable(
  "form_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    key: text({ enum: FORM_TEMPLATE_KEYS }).notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    content: jsonb().$type<FormContent>().notNull(),
    /** The consent a signed copy records (telehealth, caregiver training), if any. */
    consentKind: consentKindEnum(),
    version: integer().notNull().default(1),
    archivedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.clinicId)],
);

/**
 * One form sent for a child: the template's content as sent, the guardian's answers as saved, and
 * once signed, the signature and the hash of the exact completed document (its PDF is a document).
 * Signed, it never changes (a trigger refuses, migration 0030); a new version is a new form.
 */
export const forms = pgTable(
  "forms",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    templateId: uuid().references(() => formTemplates.id, { onDelete: "set null" }),
    templateKey: text({ enum: FORM_TEMPLATE_KEYS }).notNull(),
    templateVersion: integer().notNull(),
    title: text().notNull(),
    content: jsonb().$type<FormContent>().notNull(),
    consentKind: consentKindEnum(),
    answers: jsonb()
      .$type<FormAnswers>()
      .notNull()
      .default(sql`'{}'`),
    sentById: uuid().references(() => users.id, { onDelete: "set null" }),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    savedAt: timestamp({ withTimezone: true }),
    /** The form this one replaces (a new version of a signed form). */
    replacesId: uuid().references((): AnyPgColumn => forms.id, { onDelete: "set null" }),
    signedAt: timestamp({ withTimezone: true }),
    signedByGuardianId: uuid().references(() => users.id, { onDelete: "set null" }),
    signerName: text(),
    /** The drawn signature as a PNG data URL, when the guardian drew one. */
    drawnSignature: text(),
    signedIp: text(),
    /** SHA-256 of the completed document's PDF, as kept in documents. */
    documentHash: text(),
    documentId: uuid().references(() => documents.id, { onDelete: "set null" }),
  },
  (t) => [
    index().on(t.childId, t.sentAt),
    index("forms_outstanding_index")
      .on(t.clinicId)
      .where(sql`${t.signedAt} IS NULL`),
  ],
);
