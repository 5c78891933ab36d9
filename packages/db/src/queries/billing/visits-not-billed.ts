import { sql } from "drizzle-orm";

import type { Queryable } from "../../client";

export type VisitNotBilledRow = {
  /** The session, when the visit was booked as one; null for a note written without a session. */
  appointmentId: string | null;
  /** When the visit was: its session's start, else when its note says it ended (or its day's noon). */
  at: Date;
  childId: string;
  childName: string;
  therapistName: string;
  /** The visit's note, when one is started; null when none is. */
  noteId: string | null;
  /** How many such visits there are in all, `limit` or not. */
  total: number;
};

/**
 * A clinic's visits from `since` to `until` billed nowhere, because signing a note is what bills a
 * visit: a session that ended with the child seated (not a no-show) and no signed note, and an
 * unsigned visit or evaluation note written without a session. Newest first, at most `limit`, in
 * one statement.
 */
export async function listVisitsNotBilled(
  q: Queryable,
  input: { clinicId: string; since: Date; until: Date; limit: number },
): Promise<VisitNotBilledRow[]> {
  const since = input.since.toISOString();
  const until = input.until.toISOString();
  const rows = await q.execute<Omit<VisitNotBilledRow, "at"> & { at: string | Date }>(sql`
    select v.*, count(*) over ()::int as "total" from (
      select a.id as "appointmentId", a.starts_at as "at", p.child_id as "childId",
        ch.first_name || ' ' || ch.last_name as "childName", u.name as "therapistName",
        n.id as "noteId"
      from appointments a
      join appointment_participants p on p.appointment_id = a.id
        and p.left_at is null and not p.no_show
      join children ch on ch.id = p.child_id
      join users u on u.id = a.therapist_id
      left join lateral (
        select cn.id, cn.signed_at from clinical_notes cn
        where cn.appointment_id = a.id and cn.child_id = p.child_id
          and cn.kind in ('visit', 'evaluation', 'reevaluation')
        order by cn.signed_at is null, cn.created_at
        limit 1
      ) n on true
      where a.clinic_id = ${input.clinicId} and a.status in ('scheduled', 'completed')
        and a.ends_at between ${since}::timestamptz and ${until}::timestamptz
        and n.signed_at is null
      union all
      select null, coalesce(cn.visit_ended_at, (cn.service_on + time '12:00') at time zone c.time_zone),
        cn.child_id,
        ch.first_name || ' ' || ch.last_name, u.name, cn.id
      from clinical_notes cn
      join clinics c on c.id = cn.clinic_id
      join children ch on ch.id = cn.child_id
      join users u on u.id = cn.author_id
      where cn.clinic_id = ${input.clinicId} and cn.appointment_id is null
        and cn.kind in ('visit', 'evaluation', 'reevaluation') and cn.signed_at is null
        and coalesce(cn.visit_ended_at, (cn.service_on + time '12:00') at time zone c.time_zone)
          between ${since}::timestamptz and ${until}::timestamptz
    ) v
    order by v."at" desc, v."childName"
    limit ${input.limit}
  `);
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}
