import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

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
