import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import type { ClinicSettings } from "@carryover/domain/clinic";

export const clinics = pgTable("clinics", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  timeZone: text().notNull(),
  settings: jsonb()
    .$type<Partial<ClinicSettings>>()
    .notNull()
    .default({ staffTwoFactorRequired: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
