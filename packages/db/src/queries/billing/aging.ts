import { sql } from "drizzle-orm";

import { AGING_BUCKETS, type AgingRow } from "@carryover/domain/billing";

import type { Queryable } from "../../client";

/** An account's key that is never null (a family's child, insurance's payer, or none) to join on. */
const accountKey = (table: string) =>
  sql.raw(`coalesce(${table}.payer_id, ${table}.child_id, '00000000-0000-0000-0000-000000000000')`);

type AccountAges = {
  asOf: string;
  party: AgingRow["party"] | null;
  payerId: string | null;
  childId: string | null;
  ages: [number, number, number, number];
  childName: string | null;
};

/**
 * A clinic's ledger summed by age bucket as of the clinic's day at `now` — insurance's by payer,
 * the families' by child, with the child's name — in one statement over the sums the database keeps
 * with the entries: one row per account, the last 90 days' day sums (`ledger_day_sums`, aged from
 * `dated_on`: a claim's visit, or the day an entry was posted) giving the first three buckets and
 * all time's (`ledger_account_sums`) less those the last.
 */
export async function listAgingRows(
  q: Queryable,
  input: { clinicId: string; now: Date },
): Promise<{ asOf: string | null; rows: (AgingRow & { childName: string | null })[] }> {
  const [first, second, third] = AGING_BUCKETS.map((bucket) => bucket.upTo);
  const accounts = await q.execute<AccountAges>(sql`
    with clinic as (
      select (${input.now.toISOString()}::timestamptz at time zone time_zone)::date as today
      from clinics where id = ${input.clinicId}
    ), recent as (
      select d.party, d.payer_id, d.child_id,
        sum(d.cents) filter (where c.today - d.dated_on <= ${first}) as b0,
        sum(d.cents) filter (where c.today - d.dated_on > ${first}
          and c.today - d.dated_on <= ${second}) as b1,
        sum(d.cents) filter (where c.today - d.dated_on > ${second}) as b2,
        sum(d.cents) as recent
      from ledger_day_sums d, clinic c
      where d.clinic_id = ${input.clinicId} and d.dated_on >= c.today - ${third}::int
      group by 1, 2, 3
    )
    select c.today::text as "asOf", a.party, a.payer_id as "payerId", a.child_id as "childId",
      json_build_array(coalesce(r.b0, 0), coalesce(r.b1, 0), coalesce(r.b2, 0),
        a.cents - coalesce(r.recent, 0)) as "ages",
      ch.first_name || ' ' || ch.last_name as "childName"
    from clinic c
    left join ledger_account_sums a on a.clinic_id = ${input.clinicId}
    left join recent r on r.party = a.party and ${accountKey("r")} = ${accountKey("a")}
    left join children ch on ch.id = a.child_id`);
  const rows = accounts.flatMap(({ party, payerId, childId, ages, childName }) =>
    party === null
      ? []
      : ages.flatMap((cents, bucket) =>
          cents === 0 ? [] : [{ party, payerId, childId, bucket, cents: Number(cents), childName }],
        ),
  );
  return { asOf: accounts[0]?.asOf ?? null, rows };
}
