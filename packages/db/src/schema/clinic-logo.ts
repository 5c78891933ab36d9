import { customType, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { clinics } from "./clinic";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => new Uint8Array(value),
});

/** A clinic's own logo, at most 200 kB: its type read from its bytes, its hash for the browser's cache. */
export const clinicLogos = pgTable("clinic_logos", {
  clinicId: uuid()
    .primaryKey()
    .references(() => clinics.id, { onDelete: "cascade" }),
  contentType: text().notNull().$type<"image/png" | "image/jpeg">(),
  bytes: bytea().notNull(),
  sha256: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
