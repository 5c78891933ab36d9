import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import { clinics } from "./clinic";
import { users } from "./identity";

/** A secret calendar (ICS) address per user and clinic; only the token's SHA-256 is kept. */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.userId),
    uniqueIndex("calendar_feeds_one_active")
      .on(t.userId, t.clinicId)
      .where(sql`${t.revokedAt} is null`),
  ],
);
