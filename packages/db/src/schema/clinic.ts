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
  /** Where families call or go; shown in the lobby, on the family's pages and in notices. */
  phone: text(),
  address: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
