import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { children, guardianRelationshipEnum } from "../children";
import { clinics } from "../clinic";
import { roleEnum, users } from "./accounts";

export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid()
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    childId: uuid().references(() => children.id, { onDelete: "cascade" }),
    relationship: guardianRelationshipEnum(),
    tokenHash: text().notNull().unique(),
    invitedById: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.clinicId)],
);
