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

// Each reach is its own statement, so a cached plan fits it. A caseload starts from the therapist's
// children through their indexes; every child of the clinic when it lets therapists see them all.
const chartsInReach: Record<Exclude<DocumentationReach, "clinic">, () => SQL> = {
  child: () => sql`select ${sql.placeholder("childId")}::uuid as id`,
  caseload: () => sql`
    select c.id from children c
    where c.primary_therapist_id = ${sql.placeholder("caseloadOf")}::uuid
    union
    select ct.child_id from child_therapists ct
    where ct.therapist_id = ${sql.placeholder("caseloadOf")}::uuid
    union
    select c.id from clinics cl join children c on c.clinic_id = cl.id
    where cl.id = ${sql.placeholder("clinicId")}::uuid
      and coalesce((cl.settings ->> 'therapistsSeeAllChildren')::boolean, false)`,
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

const named = (childId: SQL) =>
  sql`(select c.first_name || ' ' || c.last_name from children c where c.id = ${childId})`;

/** The first charts, each with its child and its items, as JSON: `first` holds them. */
const firstCharts = () => sql`(
  select coalesce(json_agg(json_build_object('childId', f.child_id, 'childName', f.child_name, 'items', f.items)), '[]'::json)
  from first f
) as first`;

/** The stale charts, each with its child, as JSON: `stale` holds their ids. */
const staleCharts = () => sql`(
  select coalesce(json_agg(json_build_object('childId', s.child_id, 'childName', ${named(sql`s.child_id`)})), '[]'::json)
  from stale s
) as stale`;

const now = () => sql`${sql.placeholder("now")}::timestamptz`;

/**
 * A clinic's: its kept totals less its stale charts' counts, the first charts read from the index
 * in urgency order, the stale ones from theirs. Nothing grows with the clinic's charts.
 */
const clinicSql = () => sql`
  with stale as materialized (
    select d.child_id, d.counts from chart_documentation d
    where d.clinic_id = ${sql.placeholder("clinicId")}::uuid and d.stale_at <= ${now()}
  ),
  first as materialized (
    select d.child_id, d.items, ${named(sql`d.child_id`)} as child_name from chart_documentation d
    where d.clinic_id = ${sql.placeholder("clinicId")}::uuid and d.first_key < '9'
      and d.stale_at > ${now()}
    order by d.first_key
    limit ${sql.placeholder("limit")}::int
  ),
  ${readAuditSql()}
  select
    ${firstCharts()},
    to_json(minus_counts(
      coalesce((select t.counts from clinic_documentation t
        where t.clinic_id = ${sql.placeholder("clinicId")}::uuid), '{}'),
      (select sum_counts(s.counts) from stale s)
    )) as counts,
    ${staleCharts()},
    ${readAuditDone()}`;

/** A caseload's or a child's: few charts, so their counts are summed as read. */
const chartsSql = (reach: Exclude<DocumentationReach, "clinic">) => sql`
  with reach as materialized (
    select d.child_id, d.first_key, d.counts, d.items, d.stale_at <= ${now()} as stale
    from chart_documentation d
    where d.child_id in (${chartsInReach[reach]()})
      and d.clinic_id = ${sql.placeholder("clinicId")}::uuid
      and (d.first_key < '9' or d.stale_at <= ${now()})
  ),
  first as materialized (
    select r.child_id, r.items, ${named(sql`r.child_id`)} as child_name from reach r
    where not r.stale
    order by r.first_key
    limit ${sql.placeholder("limit")}::int
  ),
  stale as (select r.child_id from reach r where r.stale),
  ${readAuditSql()}
  select
    ${firstCharts()},
    (select ${countsSummed()} from reach r where not r.stale) as counts,
    ${staleCharts()},
    ${readAuditDone()}`;

/**
 * The documentation due in reach as kept: the counts of every kind at every urgency, the items of
 * the `limit` charts whose most urgent item comes first (the `limit` most urgent items are among
 * theirs), and the charts gone stale; with the read's audit row, in one statement run outside a
 * transaction (the bench explains it). No cost grows with the items of charts beyond the limit.
 */
export const chartDocumentationSql = (reach: DocumentationReach) =>
  reach === "clinic" ? clinicSql() : chartsSql(reach);

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
type ChartsRow = Omit<ChartDocumentation, "items"> & {
  first: { childId: string; childName: string; items: StoredDocumentationItem[] }[];
};

const chartDocumentationInReach = {
  clinic: reusableSql<ReadValues, ChartsRow>(() => chartDocumentationSql("clinic")),
  caseload: reusableSql<ReadValues, ChartsRow>(() => chartDocumentationSql("caseload")),
  child: reusableSql<ReadValues, ChartsRow>(() => chartDocumentationSql("child")),
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
  if (!row) return { items: [], counts: DUE_COUNT_SLOTS.map(() => 0), stale: [] };
  const { first, counts, stale } = row;
  return {
    items: first.flatMap(({ childId, childName, items }) =>
      items.map((item) => ({ childId, childName, ...item })),
    ),
    counts,
    stale,
  };
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
  with saved as (
    update chart_documentation d
    set items = x.items, first_key = x.first_key, counts = x.counts,
      stale_at = coalesce(x.stale_at, 'infinity')
    from jsonb_to_recordset(${sql.placeholder("charts")}::jsonb)
      as x(child_id uuid, items jsonb, first_key text, counts int[], stale_at timestamptz),
      chart_documentation kept
    where d.child_id = x.child_id and kept.child_id = x.child_id
    returning d.clinic_id, minus_counts(x.counts, kept.counts) as change
  )
  insert into clinic_documentation as t (clinic_id, counts)
  select s.clinic_id, sum_counts(s.change) from saved s group by s.clinic_id
  on conflict (clinic_id) do update set counts = add_counts(t.counts, excluded.counts)`,
);

/**
 * Keeps each chart's newly computed items, until `staleAt` (null: until something is written), and
 * adds the change in its counts to its clinic's totals. The charts must be locked (lockStaleCharts).
 */
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
