import { sql } from "drizzle-orm";
import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { documents, practiceVideos } from "./documents";
import { programActivities } from "./home-program";
import { users } from "./identity";
import { ofChild } from "./of-child";
import { appointments } from "./scheduling";

/**
 * One conversation per child between the family (guardians the clinic lets message) and the care
 * team (the child's therapists; admins who write in it or are added).
 */
export const conversations = pgTable(
  "conversations",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...ofChild(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.childId), index().on(t.clinicId, t.lastMessageAt)],
);

/**
 * Every message as sent: part of the child's record, never changed or deleted (a trigger refuses,
 * migration 0029), only taken with the child. `authorId` null is the clinic's automatic reply.
 */
export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    ...ofChild(),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** Who wrote, as the family sees it: the family, the care team, or the clinic's automatic reply. */
    side: text({ enum: ["family", "staff", "clinic"] }).notNull(),
    body: text().notNull(),
    /** The activity of the child's home program the message is about. */
    activityId: uuid().references(() => programActivities.id, { onDelete: "set null" }),
    /** The session the message is about. */
    appointmentId: uuid().references(() => appointments.id, { onDelete: "set null" }),
    /** A file sent with the message (a document of the child's). */
    documentId: uuid().references(() => documents.id, { onDelete: "set null" }),
    /** The practice video a reply is about, and the moment in it (seconds from its start). */
    practiceVideoId: uuid().references(() => practiceVideos.id, { onDelete: "set null" }),
    videoMomentSeconds: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.conversationId, t.createdAt),
    // Staff search a clinic's messages by words (migration 0029's GIN index on the same expression).
    index("messages_search_index").using("gin", sql`to_tsvector('english', ${t.body})`),
  ],
);

/** Staff added to a conversation beyond the child's therapists (an admin who wrote, or was added). */
export const conversationMembers = pgTable(
  "conversation_members",
  {
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addedById: uuid().references(() => users.id, { onDelete: "set null" }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.userId] })],
);

/**
 * What each person has read of a conversation (every message up to `readAt`), and when they were
 * last emailed about it (at most one email per conversation in 15 minutes).
 */
export const conversationReaders = pgTable(
  "conversation_readers",
  {
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    readAt: timestamp({ withTimezone: true }),
    noticedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.userId] }), index().on(t.userId)],
);
