import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import type { DocumentationDueItem } from "@carryover/domain/clinical-notes";

import { clinics } from "./clinic";
import { ofChild } from "./of-child";

type Stored<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };
/** One of `documentationDueItems`' items as JSON keeps it: moments as ISO strings. */
export type StoredDocumentationItem = DocumentationDueItem extends infer I
  ? I extends unknown
    ? Stored<I>
    : never
  : never;

/**
 * Each chart's documentation due (`documentationDueItems`), kept so that a clinic's list is a read.
 * It is stale from `staleAt`, the next moment time alone changes it, and at once when a note, a plan
 * of care, the discharge date or the clinic's settings change (the triggers of migration 0020).
 */
export const chartDocumentation = pgTable(
  "chart_documentation",
  {
    ...ofChild(),
    items: jsonb().$type<StoredDocumentationItem[]>().notNull().default([]),
    /**
     * `urgencySortKey` of the chart's most urgent item ("9" for none), compared byte by byte (its
     * collation is "C", migration 0020): a clinic's charts, most urgent first.
     */
    firstKey: text().notNull().default("9"),
    /** `dueCounts` of the items: a clinic's counts are these summed, slot by slot. */
    counts: integer()
      .array()
      .notNull()
      .default(sql`'{}'`),
    staleAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`'-infinity'`),
  },
  (t) => [
    primaryKey({ columns: [t.childId] }),
    index().on(t.clinicId, t.staleAt),
    index().on(t.clinicId, t.firstKey),
  ],
);

/**
 * A clinic's charts' kept `counts` summed slot by slot, stale charts' included: a clinic's counts
 * are these less its stale charts', so its list never sums every chart. Saving charts adds the
 * change (saveChartDocumentation); a chart deleted takes its counts with it (migration 0021).
 */
export const clinicDocumentation = pgTable("clinic_documentation", {
  clinicId: uuid()
    .primaryKey()
    .references(() => clinics.id, { onDelete: "cascade" }),
  counts: integer()
    .array()
    .notNull()
    .default(sql`'{}'`),
});
