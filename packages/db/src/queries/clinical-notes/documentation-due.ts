import { sql, type SQL } from "drizzle-orm";

import { DUE_COUNT_SLOTS } from "@carryover/domain/clinical-notes";

import type { Queryable } from "../../client";
import { reusableSql } from "../../reusable";
import type { StoredDocumentationItem } from "../../schema";
import {
  auditValues,
  readAuditDone,
  readAuditSql,
  type AuditEventInput,
  type AuditValues,
} from "../audit";

/* Each chart's documentation due as kept (chart_documentation): read, locked when stale, saved. */

/** Which charts a read covers: one child, a therapist's caseload, or the whole clinic. */
export type DocumentationReach = "clinic" | "caseload" | "child";

export type DocumentationScope = {
  clinicId: string;
  /** One child, or every child in reach. */
  childId: string | null;
  /** A therapist's caseload (unless the clinic lets therapists see every child), or null for the clinic. */
  caseloadOf: string | null;
  now: Date;
};

const reachOfScope = (scope: DocumentationScope): DocumentationReach =>
  scope.childId !== null ? "child" : scope.caseloadOf !== null ? "caseload" : "clinic";

// Each reach is its own statement, so a cached plan fits it.
const inReach: Record<DocumentationReach, () => SQL> = {
  clinic: () => sql`true`,
  child: () => sql`c.id = ${sql.placeholder("childId")}::uuid`,
  caseload: () => sql`(
    coalesce((cl.settings ->> 'therapistsSeeAllChildren')::boolean, false)
    or c.primary_therapist_id = ${sql.placeholder("caseloadOf")}::uuid
    or c.id in (
      select ct.child_id from child_therapists ct
      where ct.therapist_id = ${sql.placeholder("caseloadOf")}::uuid
    )
  )`,
};

type ScopeValues = { clinicId: string; childId: string | null; caseloadOf: string | null };
const valuesOf = (scope: DocumentationScope) => ({
  clinicId: scope.clinicId,
  childId: scope.childId,
  caseloadOf: scope.caseloadOf,
});

const countsSummed = () =>
  sql.raw(
    `json_build_array(${DUE_COUNT_SLOTS.map((_, slot) => `coalesce(sum(r.counts[${slot + 1}]), 0)::int`).join(", ")})`,
  );

/**
 * The documentation due in reach as kept: the counts of every kind at every urgency, the items of
 * the `limit` charts whose most urgent item comes first (the `limit` most urgent items are among
 * theirs), and the charts gone stale; with the read's audit row, in one statement run outside a
 * transaction (the bench explains it). No cost grows with the items of charts beyond the limit.
 */
export const chartDocumentationSql = (reach: DocumentationReach) => sql`
  with reach as materialized (
    select d.child_id, d.first_key, d.counts,
      d.stale_at <= ${sql.placeholder("now")}::timestamptz as stale
    from chart_documentation d
    ${reach === "clinic" ? sql`` : sql`join children c on c.id = d.child_id join clinics cl on cl.id = d.clinic_id`}
    where d.clinic_id = ${sql.placeholder("clinicId")}::uuid and ${inReach[reach]()}
      and (d.first_key < '9' or d.stale_at <= ${sql.placeholder("now")}::timestamptz)
  ),
  first as (
    select r.child_id from reach r
    where not r.stale
    order by r.first_key
    limit ${sql.placeholder("limit")}::int
  ),
  named as (
    select c.id as child_id, c.first_name || ' ' || c.last_name as child_name
    from children c
    where c.id in (select child_id from first union all select child_id from reach where stale)
  ),
  ${readAuditSql()}
  select
    (
      select coalesce(json_agg(
        jsonb_build_object('childId', f.child_id, 'childName', n.child_name) || item.value
      ), '[]'::json)
      from first f
      join named n on n.child_id = f.child_id
      join chart_documentation d on d.child_id = f.child_id,
      jsonb_array_elements(d.items) item
    ) as items,
    (select ${countsSummed()} from reach r where not r.stale) as counts,
    (
      select coalesce(json_agg(json_build_object('childId', r.child_id, 'childName', n.child_name)), '[]'::json)
      from reach r
      join named n on n.child_id = r.child_id
      where r.stale
    ) as stale,
    ${readAuditDone()}`;

type WithChild<T> = T & { childId: string; childName: string };
/** A kept item with its child, as JSON has it: moments as ISO strings. */
export type KeptDocumentationItem = StoredDocumentationItem extends infer I
  ? I extends unknown
    ? WithChild<I>
    : never
  : never;

export type ChartDocumentation = {
  /** The items of the charts first in urgency, at least the `limit` most urgent in reach. */
  items: KeptDocumentationItem[];
  /** `dueCounts` of every kept item in reach, the stale charts' left out. */
  counts: number[];
  /** Charts whose items may be out of date: compute them again. */
  stale: { childId: string; childName: string }[];
};

type ReadValues = ScopeValues & { now: string; limit: number } & AuditValues;

const chartDocumentationInReach = {
  clinic: reusableSql<ReadValues, ChartDocumentation>(() => chartDocumentationSql("clinic")),
  caseload: reusableSql<ReadValues, ChartDocumentation>(() => chartDocumentationSql("caseload")),
  child: reusableSql<ReadValues, ChartDocumentation>(() => chartDocumentationSql("child")),
};

/**
 * The documentation due in the charts in scope as last computed, and the charts gone stale, with
 * the read's audit row: one statement, to run outside a transaction.
 */
export async function listChartDocumentation(
  q: Queryable,
  scope: DocumentationScope & { limit: number },
  audit: AuditEventInput,
): Promise<ChartDocumentation> {
  const [row] = await chartDocumentationInReach[reachOfScope(scope)](q, {
    ...valuesOf(scope),
    now: scope.now.toISOString(),
    limit: scope.limit,
    ...auditValues(audit),
  });
  return row ?? { items: [], counts: DUE_COUNT_SLOTS.map(() => 0), stale: [] };
}

const lockStale = reusableSql<{ childIds: string; now: string }, { childId: string }>(
  () => sql`
  select child_id as "childId" from chart_documentation
  where child_id = any(string_to_array(${sql.placeholder("childIds")}::text, ',')::uuid[])
    and stale_at <= ${sql.placeholder("now")}::timestamptz
  for update skip locked`,
);

/**
 * Of these charts, those still stale that no other transaction holds, locked until this one ends so
 * that one request keeps each one's new answer. Another's is skipped, never waited for.
 */
export async function lockStaleCharts(q: Queryable, childIds: readonly string[], now: Date) {
  const rows = await lockStale(q, { childIds: childIds.join(","), now: now.toISOString() });
  return rows.map((row) => row.childId);
}

const saveCharts = reusableSql<{ charts: string }, never>(
  () => sql`
  update chart_documentation d
  set items = x.items, first_key = x.first_key, counts = x.counts,
    stale_at = coalesce(x.stale_at, 'infinity')
  from jsonb_to_recordset(${sql.placeholder("charts")}::jsonb)
    as x(child_id uuid, items jsonb, first_key text, counts int[], stale_at timestamptz)
  where d.child_id = x.child_id`,
);

/** Keeps each chart's newly computed items, until `staleAt` (null: until something is written). */
export async function saveChartDocumentation(
  q: Queryable,
  charts: readonly {
    childId: string;
    items: unknown[];
    firstKey: string;
    counts: number[];
    staleAt: Date | null;
  }[],
) {
  await saveCharts(q, {
    charts: JSON.stringify(
      charts.map((c) => ({
        child_id: c.childId,
        items: c.items,
        first_key: c.firstKey,
        // jsonb_to_recordset reads an int[] from its PostgreSQL text form.
        counts: `{${c.counts.join(",")}}`,
        stale_at: c.staleAt,
      })),
    ),
  });
}
