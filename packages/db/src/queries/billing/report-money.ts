import { sql } from "drizzle-orm";

import type { ClaimPayment } from "@carryover/domain/billing";
import type { CollectionSum, ProductivityRow } from "@carryover/domain/reports";

import type { Queryable } from "../../client";

/** A report's days: from `since` to the day before `before` (YYYY-MM-DD), in the clinic's zone. */
export type ReportDays = { clinicId: string; since: string; before: string };

/**
 * The clinic's local midnight that starts `day`, as an instant: a constant for the plan, so an
 * index on a timestamp column serves the range.
 */
const localMidnight = (clinicId: string, day: string) =>
  sql`(select (${day}::date)::timestamp at time zone time_zone from clinics where id = ${clinicId})`;

/** The instant bounds of a report's days, for a timestamp column. */
export const withinDays = (column: ReturnType<typeof sql.raw>, days: ReportDays) =>
  sql`${column} >= ${localMidnight(days.clinicId, days.since)} and ${column} < ${localMidnight(days.clinicId, days.before)}`;

/** The month of an instant in the clinic's zone (its row joined as `c`). */
const localMonth = (column: string) =>
  sql.raw(`to_char(${column} at time zone c.time_zone, 'YYYY-MM')`);

/**
 * The ledger's payments, adjustments, write-offs and refunds summed per month the clinic posted
 * them (not the visit's), per kind, contractual adjustments (group CO) apart: one statement over the
 * clinic's entries of the range (its index on clinic and posting time).
 */
export async function listCollectionSums(q: Queryable, days: ReportDays): Promise<CollectionSum[]> {
  return q.execute<CollectionSum>(sql`
    select ${localMonth("e.created_at")} as "month", e.kind,
      (e.kind = 'adjustment' and e.group_code is not distinct from 'CO') as "contractual",
      sum(e.cents)::int as "cents"
    from ledger_entries e join clinics c on c.id = e.clinic_id
    where e.clinic_id = ${days.clinicId}
      and e.kind in ('insurance_payment', 'family_payment', 'adjustment', 'write_off', 'refund')
      and ${withinDays(sql.raw("e.created_at"), days)}
    group by 1, 2, 3`);
}

export type DeniedClaimRow = {
  month: string;
  /** Our payer, when the denial was matched to a claim of ours; null for one unmatched. */
  payerId: string | null;
  payerName: string;
  chargedCents: number;
  payment: ClaimPayment;
};

/**
 * The clinic's denied claim payments of remittances paid in the range (or imported, for a file
 * with no payment date), with the payer of the claim they answer (the file's payer name when
 * unmatched); only `payerId`'s when given. One statement.
 */
export async function listDeniedClaims(
  q: Queryable,
  days: ReportDays & { payerId?: string | undefined },
): Promise<DeniedClaimRow[]> {
  const paidOn = sql.raw("coalesce(r.paid_on, (r.imported_at at time zone c.time_zone)::date)");
  return q.execute<DeniedClaimRow>(sql`
    select to_char(${paidOn}, 'YYYY-MM') as "month", cl.payer_id as "payerId",
      coalesce(p.name, r.payer_name) as "payerName", rc.charged_cents as "chargedCents",
      rc.payment
    from remittance_claims rc
    join remittances r on r.id = rc.remittance_id
    join clinics c on c.id = rc.clinic_id
    left join claims cl on cl.id = rc.claim_id
    left join payers p on p.id = cl.payer_id
    where rc.clinic_id = ${days.clinicId} and rc.denied
      and ${paidOn} >= ${days.since}::date and ${paidOn} < ${days.before}::date
      ${days.payerId ? sql`and cl.payer_id = ${days.payerId}` : sql``}`);
}

/**
 * Per therapist and month: the signed visits (charges, by their day of service) with their units
 * and charges, and the sessions missed (no-shows per child, late cancellations, by their start in
 * the clinic's zone); only `therapistId`'s when given. One statement.
 */
export async function listProductivity(
  q: Queryable,
  days: ReportDays & { therapistId?: string | undefined },
): Promise<ProductivityRow[]> {
  const whose = (column: string) =>
    days.therapistId ? sql`and ${sql.raw(column)} = ${days.therapistId}` : sql``;
  return q.execute<ProductivityRow>(sql`
    with visits as (
      select ch.rendering_provider_id as therapist_id, to_char(ch.service_on, 'YYYY-MM') as month,
        count(*)::int as visits,
        sum((select coalesce(sum((l ->> 'units')::int), 0) from jsonb_array_elements(ch.lines) l))::int
          as units,
        sum(ch.total_cents)::int as charged_cents
      from charges ch
      where ch.clinic_id = ${days.clinicId}
        and ch.service_on >= ${days.since}::date and ch.service_on < ${days.before}::date
        ${whose("ch.rendering_provider_id")}
      group by 1, 2
    ), missed as (
      select a.therapist_id, ${localMonth("a.starts_at")} as month,
        count(*) filter (where p.no_show)::int as no_shows,
        count(*) filter (where a.status = 'cancelled' and a.late_cancellation)::int
          as late_cancellations
      from appointments a
      join appointment_participants p on p.appointment_id = a.id
      join clinics c on c.id = a.clinic_id
      where a.clinic_id = ${days.clinicId} and ${withinDays(sql.raw("a.starts_at"), days)}
        and (p.no_show or (a.status = 'cancelled' and a.late_cancellation))
        ${whose("a.therapist_id")}
      group by 1, 2
    )
    select u.id as "therapistId", u.name as "therapistName", coalesce(v.month, m.month) as "month",
      coalesce(v.visits, 0) as "visits", coalesce(v.units, 0) as "units",
      coalesce(v.charged_cents, 0) as "chargedCents", coalesce(m.no_shows, 0) as "noShows",
      coalesce(m.late_cancellations, 0) as "lateCancellations"
    from visits v
    full join missed m on m.therapist_id = v.therapist_id and m.month = v.month
    join users u on u.id = coalesce(v.therapist_id, m.therapist_id)`);
}

/** The clinic's therapists, deactivated ones too (their past work is in the reports), by name. */
export async function listReportTherapists(q: Queryable, clinicId: string) {
  return q.execute<{ id: string; name: string; active: boolean }>(sql`
    select u.id, u.name, m.deactivated_at is null as "active"
    from memberships m join users u on u.id = m.user_id
    where m.clinic_id = ${clinicId} and m.role = 'therapist'
    order by m.deactivated_at is not null, u.name, u.id`);
}
