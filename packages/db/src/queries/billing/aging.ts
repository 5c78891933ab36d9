import { sql } from "drizzle-orm";

import { AGING_BUCKETS, type AgingAccount, type NamedAging } from "@carryover/domain/billing";

import type { Queryable } from "../../client";
import { reusableSql } from "../../reusable";
import {
  auditValues,
  readAuditDone,
  readAuditSql,
  type AuditEventInput,
  type AuditValues,
} from "../audit";

/** An account's key that is never null (a family's child, insurance's payer, or none) to join on. */
const accountKey = (table: string) =>
  sql.raw(`coalesce(${table}.payer_id, ${table}.child_id, '00000000-0000-0000-0000-000000000000')`);

/** A child's name as the report shows it. */
const nameOf = (child: string) => sql.raw(`${child}.first_name || ' ' || ${child}.last_name`);

/** A clinic's accounts that owe or hold something, the families' with their child's name. */
export type AgedAccount = AgingAccount & { childName: string | null };

type ClinicAt = { clinicId: string; now: string };
const clinicId = sql`${sql.placeholder("clinicId")}::uuid`;

/**
 * The clinic's day at `now`, and the state of its ledger: its accounts' changes summed (each entry
 * posted or removed, and each child renamed, counts in its account's).
 */
const clinicAndLedger = () => sql`
  clinic as (
    select (${sql.placeholder("now")}::timestamptz at time zone time_zone)::date as today
    from clinics where id = ${clinicId}
  ), ledger as (
    select coalesce(sum(changes), 0)::bigint as changes
    from ledger_account_sums where clinic_id = ${clinicId}
  )`;

type SnapshotRow = {
  asOf: string;
  report: NamedAging | null;
  payerNames: Record<string, string>;
};

const snapshotAt = reusableSql<ClinicAt & AuditValues, SnapshotRow>(
  () => sql`
  with ${clinicAndLedger()},
  ${readAuditSql()}
  select c.today::text as "asOf",
    (select s.report from ledger_aging_snapshots s, ledger l
      where s.clinic_id = ${clinicId} and s.as_of = c.today and s.changes = l.changes) as report,
    (select coalesce(json_object_agg(p.id, p.name), '{}') from payers p
      where p.clinic_id = ${clinicId}) as "payerNames",
    ${readAuditDone()}
  from clinic c`,
);

/**
 * The clinic's day at `now`, its payers' names, and its A/R aging as kept when that was computed on
 * this day at the ledger's present state, its children's names included (else null: compute it
 * again, `ageLedger`, and keep it, `keepAging`); with the read's audit row, in one statement to run
 * outside a transaction. Null for a clinic that is not there.
 */
export async function readAgingSnapshot(
  q: Queryable,
  input: { clinicId: string; now: Date },
  audit: AuditEventInput,
): Promise<SnapshotRow | null> {
  const [row] = await snapshotAt(q, {
    clinicId: input.clinicId,
    now: input.now.toISOString(),
    ...auditValues(audit),
  });
  return row ?? null;
}

const [first, second, third] = AGING_BUCKETS.map((bucket) => bucket.upTo);

type Aged = { changes: number; accounts: AgedAccount[] };

const computedAt = reusableSql<ClinicAt, Aged>(
  () => sql`
  with ${clinicAndLedger()}, recent as (
    select d.party, d.payer_id, d.child_id,
      sum(d.cents) filter (where c.today - d.dated_on <= ${first}) as b0,
      sum(d.cents) filter (where c.today - d.dated_on > ${first}
        and c.today - d.dated_on <= ${second}) as b1,
      sum(d.cents) filter (where c.today - d.dated_on > ${second}) as b2,
      sum(d.cents) as recent
    from ledger_day_sums d, clinic c
    where d.clinic_id = ${clinicId} and d.dated_on >= c.today - ${third}::int
    group by 1, 2, 3
  ), owing as (
    select a.party, a.payer_id as "payerId", a.child_id as "childId",
      json_build_array(coalesce(r.b0, 0), coalesce(r.b1, 0), coalesce(r.b2, 0),
        a.cents - coalesce(r.recent, 0)) as ages,
      ${nameOf("ch")} as "childName"
    from ledger_account_sums a
    left join recent r on r.party = a.party and ${accountKey("r")} = ${accountKey("a")}
    left join children ch on ch.id = a.child_id
    where a.clinic_id = ${clinicId}
      and (a.cents <> 0 or coalesce(r.b0, 0) <> 0 or coalesce(r.b1, 0) <> 0
        or coalesce(r.b2, 0) <> 0)
  )
  select l.changes::float8 as changes,
    coalesce((select json_agg(owing) from owing), '[]') as accounts
  from ledger l`,
);

/**
 * A clinic's accounts that owe or hold something, by age bucket as of the clinic's day at `now`
 * (insurance's by payer, the families' by child), and the ledger's state they were read at: one
 * statement over the sums the database keeps with the entries, the last 90 days' day sums
 * (`ledger_day_sums`, aged from `dated_on`: a claim's visit, or the day an entry was posted) giving
 * the first three buckets, all time's (`ledger_account_sums`) less those the last.
 */
export async function ageLedger(q: Queryable, input: { clinicId: string; now: Date }) {
  const [aged] = await computedAt(q, { clinicId: input.clinicId, now: input.now.toISOString() });
  return aged ?? { changes: 0, accounts: [] };
}

/**
 * Keeps a clinic's aging as computed from the ledger's state `changes` on the day `asOf`, for the
 * reads until either changes. One statement, outside a transaction, whose commit does not wait for
 * the disk: a snapshot lost in a crash is computed again. A race between two may keep the older:
 * the next read finds it out of date and computes it again.
 */
export async function keepAging(
  q: Queryable,
  input: { clinicId: string; asOf: string; changes: number; report: NamedAging },
) {
  await q.execute(sql`
    with kept as (
      insert into ledger_aging_snapshots (clinic_id, as_of, changes, report)
      values (${input.clinicId}, ${input.asOf}, ${input.changes}, ${JSON.stringify(input.report)}::json)
      on conflict (clinic_id) do update
        set as_of = excluded.as_of, changes = excluded.changes, report = excluded.report
    )
    select set_config('synchronous_commit', 'off', true)`);
}
