import { index, inet, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

import { USER_AGENT_MAX_LENGTH } from "@carryover/domain/identity";

import { clinics } from "./clinic";
import { users } from "./identity";

/** Append-only: a trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id, { onDelete: "restrict" }),
    clinicId: uuid().references(() => clinics.id, { onDelete: "restrict" }),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    requestId: text(),
    ip: inet(),
    userAgent: varchar({ length: USER_AGENT_MAX_LENGTH }),
  },
  (t) => [index().on(t.clinicId, t.at), index().on(t.entityType, t.entityId)],
);
