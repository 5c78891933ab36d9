import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { clinics } from "./clinics";

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
