import { sql } from "drizzle-orm";

import { AGING_BUCKETS, type AgingRow } from "@carryover/domain/billing";

import type { Queryable } from "../../client";

/**
 * A clinic's ledger summed by age bucket — insurance's by payer, the families' by child, with the
 * child's name — in one statement over the day sums the database keeps with the entries
 * (`ledger_day_sums`): each entry aged from its `dated_on` (its claim's visit, or the day it was
 * posted).
 */
export async function listAgingRows(
  q: Queryable,
  input: { clinicId: string; today: string },
): Promise<(AgingRow & { childName: string | null })[]> {
  const [first, second, third] = AGING_BUCKETS.map((bucket) => bucket.upTo);
  return q.execute(sql`
    with sums as (
      select party, payer_id, child_id,
        case when a.days <= ${first} then 0 when a.days <= ${second} then 1
          when a.days <= ${third} then 2 else 3 end as bucket,
        sum(cents)::int as cents
      from ledger_day_sums
      cross join lateral (select ${input.today}::date - dated_on as days) a
      where clinic_id = ${input.clinicId}
      group by 1, 2, 3, 4
      having sum(cents) <> 0
    )
    select s.party, s.payer_id as "payerId", s.child_id as "childId", s.bucket, s.cents,
      ch.first_name || ' ' || ch.last_name as "childName"
    from sums s
    left join children ch on ch.id = s.child_id`);
}
