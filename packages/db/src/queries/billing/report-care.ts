import { and, eq, gte, lte, sql } from "drizzle-orm";

import type { FamilyPractice } from "@carryover/domain/reports";

import type { Queryable } from "../../client";
import { authorizations, children, clinics, coverages, payers } from "../../schema";
import { withinDays, type ReportDays } from "./report-money";

/**
 * A clinic's authorizations in force on its today at `now` (the day worked out in the clinic's zone
 * here, so this needs no clinic read first), with the child, the payer and its rules; only
 * `payerId`'s when given.
 */
export async function listAuthorizationsInForce(
  q: Queryable,
  input: { clinicId: string; now: Date; payerId?: string | undefined },
) {
  const today = sql`(${input.now.toISOString()}::timestamptz at time zone ${clinics.timeZone})::date`;
  return q
    .select({
      authorization: authorizations,
      childId: coverages.childId,
      childName: sql<string>`${children.firstName} || ' ' || ${children.lastName}`,
      payerId: payers.id,
      payerName: payers.name,
      payerRules: payers.rules,
    })
    .from(authorizations)
    .innerJoin(clinics, eq(clinics.id, authorizations.clinicId))
    .innerJoin(coverages, eq(coverages.id, authorizations.coverageId))
    .innerJoin(children, eq(children.id, coverages.childId))
    .innerJoin(payers, eq(payers.id, coverages.payerId))
    .where(
      and(
        eq(authorizations.clinicId, input.clinicId),
        lte(authorizations.startsOn, today),
        gte(authorizations.endsOn, today),
        input.payerId ? eq(payers.id, input.payerId) : undefined,
      ),
    );
}

export type DocumentedVisitRow = {
  key: string;
  therapistId: string;
  therapistName: string;
  childName: string;
  serviceOn: string;
  visitEndedAt: string | Date;
  signedAt: string | Date | null;
  claimSentAt: string | Date | null;
};

/**
 * The visits of the range (by day of service) and what became of their documentation: each visit,
 * evaluation or re-evaluation note with when the visit ended (its session's end, else noon), when
 * it was signed and when its first claim was sent; and each session held before `now` with the
 * child seated and no note at all. Only `therapistId`'s when given. One statement.
 */
export async function listDocumentedVisits(
  q: Queryable,
  days: ReportDays & { therapistId?: string | undefined; now: Date },
): Promise<DocumentedVisitRow[]> {
  const whose = (column: string) =>
    days.therapistId ? sql`and ${sql.raw(column)} = ${days.therapistId}` : sql``;
  const kinds = sql.raw("('visit', 'evaluation', 'reevaluation')");
  return q.execute<DocumentedVisitRow>(sql`
    select n.id::text as "key", n.author_id as "therapistId", u.name as "therapistName",
      ch.first_name || ' ' || ch.last_name as "childName", n.service_on as "serviceOn",
      coalesce(n.visit_ended_at, a.ends_at, (n.service_on + time '12:00') at time zone c.time_zone)
        as "visitEndedAt",
      n.signed_at as "signedAt",
      (select min(cl.submitted_at) from charges g join claims cl on cl.charge_id = g.id
        where g.note_id = n.id) as "claimSentAt"
    from clinical_notes n
    join clinics c on c.id = n.clinic_id
    join users u on u.id = n.author_id
    join children ch on ch.id = n.child_id
    left join appointments a on a.id = n.appointment_id
    where n.clinic_id = ${days.clinicId} and n.kind in ${kinds}
      and n.service_on >= ${days.since}::date and n.service_on < ${days.before}::date
      ${whose("n.author_id")}
    union all
    select a.id || ':' || p.child_id, a.therapist_id, u.name,
      ch.first_name || ' ' || ch.last_name, (a.starts_at at time zone c.time_zone)::date,
      a.ends_at, null, null
    from appointments a
    join appointment_participants p on p.appointment_id = a.id
      and p.left_at is null and not p.no_show
    join clinics c on c.id = a.clinic_id
    join users u on u.id = a.therapist_id
    join children ch on ch.id = p.child_id
    where a.clinic_id = ${days.clinicId} and a.status in ('scheduled', 'completed')
      and ${withinDays(sql.raw("a.starts_at"), days)} and a.ends_at <= ${days.now.toISOString()}
      and not exists (select 1 from clinical_notes n where n.appointment_id = a.id
        and n.child_id = p.child_id and n.kind in ${kinds})
      ${whose("a.therapist_id")}`);
}

type FamilyPracticeRow = Omit<FamilyPractice, "prescription" | "attendance"> & {
  minutesPerDay: number;
  daysPerWeek: number;
  attended: number;
  noShows: number;
  lateCancellations: number;
};

/**
 * Each child with a home program started before the range ends: the prescription, the minutes
 * practised per day in the range (voided logs left out), and the visits due in it — held (a session
 * ended before `now` with the child seated, or a visit noted without a session), no-shows and late
 * cancellations. One statement.
 */
export async function listFamilyPractice(
  q: Queryable,
  days: ReportDays & { now: Date },
): Promise<FamilyPractice[]> {
  const rows = await q.execute<FamilyPracticeRow>(sql`
    select hp.child_id as "childId", ch.first_name || ' ' || ch.last_name as "childName",
      hp.minutes_per_day as "minutesPerDay", hp.days_per_week as "daysPerWeek",
      hp.start_date as "programStart",
      coalesce((select json_agg(json_build_object('date', d.day, 'minutes', d.minutes) order by d.day)
        from (select pl.practised_on::text as day, sum(pl.minutes)::int as minutes
          from practice_logs pl
          where pl.child_id = hp.child_id and pl.voided_at is null and pl.minutes is not null
            and pl.practised_on >= ${days.since}::date and pl.practised_on < ${days.before}::date
          group by 1) d), '[]'::json) as "practice",
      coalesce(s.attended, 0) + (select count(*) from clinical_notes n
        where n.child_id = hp.child_id and n.appointment_id is null
          and n.kind in ('visit', 'evaluation', 'reevaluation')
          and n.service_on >= ${days.since}::date and n.service_on < ${days.before}::date)::int
        as "attended",
      coalesce(s.no_shows, 0) as "noShows", coalesce(s.late_cancellations, 0) as "lateCancellations"
    from home_programs hp
    join children ch on ch.id = hp.child_id
    left join lateral (
      select
        count(*) filter (where a.status in ('scheduled', 'completed') and not p.no_show
          and p.left_at is null and a.ends_at <= ${days.now.toISOString()})::int as attended,
        count(*) filter (where p.no_show)::int as no_shows,
        count(*) filter (where a.status = 'cancelled' and a.late_cancellation)::int
          as late_cancellations
      from appointment_participants p
      join appointments a on a.id = p.appointment_id
      join clinics c on c.id = a.clinic_id
      where p.child_id = hp.child_id and ${withinDays(sql.raw("a.starts_at"), days)}
    ) s on true
    where hp.clinic_id = ${days.clinicId} and hp.start_date < ${days.before}::date`);
  return rows.map(
    ({ minutesPerDay, daysPerWeek, attended, noShows, lateCancellations, ...row }) => ({
      ...row,
      prescription: { minutesPerDay, daysPerWeek },
      attendance: { attended, noShows, lateCancellations },
    }),
  );
}
