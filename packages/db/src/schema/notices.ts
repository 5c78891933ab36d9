import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { FAMILY_CHANGE_KINDS } from "@carryover/domain/notices";

import { clinics } from "./clinic";
import { users } from "./identity";
import { appointments } from "./scheduling";

/**
 * Every session notice that went out (confirmation, reminder, change, cancellation, waitlist offer).
 * `key` names the notice exactly (kind, appointment, its start, recipient): its uniqueness is what
 * keeps two workers, a retry or a restart from sending one twice.
 */
export const notices = pgTable(
  "notices",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    appointmentId: uuid()
      .notNull()
      .references(() => appointments.id, { onDelete: "cascade" }),
    recipientId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    key: text().notNull().unique(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.appointmentId)],
);

/** Development outbox: where mail lands when no SMTP_URL is configured. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().references(() => clinics.id, { onDelete: "cascade" }),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.clinicId, t.createdAt)],
);

/** A therapist's in-app notice that a family booked, moved or cancelled one of their sessions. */
export const staffNotifications = pgTable(
  "staff_notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    recipientId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    appointmentId: uuid()
      .notNull()
      .references(() => appointments.id, { onDelete: "cascade" }),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    kind: text({ enum: FAMILY_CHANGE_KINDS }).notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    previousStartsAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    emailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.recipientId, t.createdAt),
    check(
      "staff_notifications_kind",
      sql`${t.kind} in (${sql.raw(FAMILY_CHANGE_KINDS.map((k) => `'${k}'`).join(", "))})`,
    ),
  ],
);

/** Whether a staff member also wants those notices by email (off unless they turn it on). */
export const staffNoticePreferences = pgTable("staff_notice_preferences", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  emailFamilyChanges: boolean().notNull().default(false),
});
