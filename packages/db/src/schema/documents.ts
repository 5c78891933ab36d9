import { sql } from "drizzle-orm";
import { bigint, boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { DOCUMENT_CATEGORIES, DOCUMENT_KINDS } from "@carryover/domain/documents";

import { programActivities } from "./home-program";
import { users } from "./identity";
import { ofChild } from "./of-child";

/**
 * A file of a child's record, kept in storage under `storageKey` (never a public address): shared
 * by the clinic or uploaded by a guardian. Part of the record, so never deleted with the child alive.
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    storageKey: text().notNull().unique(),
    fileName: text().notNull(),
    /** As detected from the file's first bytes, never as the browser declared it. */
    mime: text().notNull(),
    kind: text({ enum: DOCUMENT_KINDS }).notNull(),
    category: text({ enum: DOCUMENT_CATEGORIES }).notNull(),
    bytes: bigint({ mode: "number" }).notNull(),
    sha256: text().notNull(),
    /** Who shared it: the clinic (staff) or the family (a guardian). */
    source: text({ enum: ["clinic", "family"] }).notNull(),
    uploadedById: uuid().references(() => users.id, { onDelete: "set null" }),
    /** A clinic document the family does not see (a family's upload is always theirs to see). */
    sharedWithFamily: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.childId, t.createdAt)],
);

/**
 * A short video a guardian recorded of an activity of the child's home program, for the therapist
 * to watch and answer beside the activity. Its file is a document (`kind` video).
 */
export const practiceVideos = pgTable(
  "practice_videos",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    documentId: uuid()
      .notNull()
      .unique()
      .references(() => documents.id, { onDelete: "cascade" }),
    activityId: uuid().references(() => programActivities.id, { onDelete: "set null" }),
    /** The activity's name when it was recorded, kept if the activity is later removed. */
    activityName: text().notNull(),
    guardianId: uuid().references(() => users.id, { onDelete: "set null" }),
    note: text().notNull().default(""),
    /** When a therapist first opened it; null shows it as new on the dashboard. */
    seenAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.childId, t.createdAt),
    index("practice_videos_unseen_index")
      .on(t.clinicId)
      .where(sql`${t.seenAt} IS NULL`),
    index().on(t.activityId),
  ],
);
