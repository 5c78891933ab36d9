import { sql } from "drizzle-orm";

import { AGING_BUCKETS, type AgingRow } from "@carryover/domain/billing";

import type { Queryable } from "../../client";

/**
 * A clinic's ledger summed by age bucket — insurance's by payer, the families' by child, with the
 * child's name — in one statement over the sums the database keeps with the entries: the last 90
 * days' day sums (`ledger_day_sums`, aged from `dated_on`: a claim's visit, or the day an entry was
 * posted) for the first three buckets, and all time's (`ledger_account_sums`) less those for the
 * last.
 */
/** An account's key that is never null (a family's child, insurance's payer, or none) to join on. */
const accountKey = (table: string) =>
  sql.raw(`coalesce(${table}.payer_id, ${table}.child_id, '00000000-0000-0000-0000-000000000000')`);

export async function listAgingRows(
  q: Queryable,
  input: { clinicId: string; today: string },
): Promise<(AgingRow & { childName: string | null })[]> {
  const [first, second, third] = AGING_BUCKETS.map((bucket) => bucket.upTo);
  return q.execute(sql`
    with recent as (
      select party, payer_id, child_id,
        case when ${input.today}::date - dated_on <= ${first} then 0
          when ${input.today}::date - dated_on <= ${second} then 1 else 2 end as bucket,
        sum(cents) as cents
      from ledger_day_sums
      where clinic_id = ${input.clinicId} and dated_on >= ${input.today}::date - ${third}::int
      group by 1, 2, 3, 4
    ), older as (
      select a.party, a.payer_id, a.child_id, 3 as bucket, a.cents - coalesce(r.cents, 0) as cents
      from ledger_account_sums a
      left join (
        select party, payer_id, child_id, sum(cents) as cents from recent group by 1, 2, 3
      ) r on r.party = a.party and ${accountKey("r")} = ${accountKey("a")}
      where a.clinic_id = ${input.clinicId}
    )
    select s.party, s.payer_id as "payerId", s.child_id as "childId", s.bucket,
      s.cents::int as "cents", ch.first_name || ' ' || ch.last_name as "childName"
    from (select * from recent union all select * from older) s
    left join children ch on ch.id = s.child_id
    where s.cents <> 0`);
}
