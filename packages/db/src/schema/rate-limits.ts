import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * rate-limiter-flexible's counters (RateLimiterDrizzle): one row per limit and key, shared by every
 * replica. The library reads the columns by these names; `expire` null means no window.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull(),
  expire: timestamp({ withTimezone: true }),
});
