import { eq, sql } from "drizzle-orm";

import {
  progressReportStatus,
  RECERTIFICATION_OPENS_DAYS_BEFORE_END,
} from "@carryover/domain/clinical-notes";

import type { Queryable } from "../../client";
import { reusable, reusableSql } from "../../reusable";
import { clinics } from "../../schema";

/** The fewest visits since the last report at which the domain warns of the next one (8). */
const VISITS_BEFORE_WARNING = (() => {
  let visits = 0;
  while (progressReportStatus(visits).state === "not_due") visits++;
  return visits;
})();

/** One child's documentation facts, as `documentationDueItems` reads them. */
export type DocumentationFactsRow = {
  childId: string;
  firstName: string;
  lastName: string;
  dischargedOn: string | null;
  planStart: string | null;
  planEnd: string | null;
  certifiedOn: string | null;
  recertified: boolean;
  visitsSinceLastReport: number;
  dischargeSummarySigned: boolean;
  unsignedNotes: { noteId: string; visitEndedAt: string }[];
};

export type DocumentationScope = {
  clinicId: string;
  /** One child, or every child in reach. */
  childId: string | null;
  /** A therapist's caseload (unless the clinic lets therapists see every child), or null for the clinic. */
  caseloadOf: string | null;
  now: Date;
};

/*
 * One statement for a whole clinic: each child's facts come from index probes, never a query per child.
 * The current plan and the last signed progress report walk (child_id, start_on) and
 * (child_id, service_on) backwards; visits since then are a range of (child_id, service_on); unsigned
 * notes come from (clinic_id, signed_at).
 */
/** The statement with its placeholders (the bench explains it). */
export const documentationFactsSql = () => sql`
  with scope as materialized (
    select c.id, c.first_name, c.last_name, c.discharged_on,
      (${sql.placeholder("now")}::timestamptz at time zone cl.time_zone)::date as today
    from children c
    join clinics cl on cl.id = c.clinic_id
    where c.clinic_id = ${sql.placeholder("clinicId")}::uuid
      and (${sql.placeholder("childId")}::uuid is null or c.id = ${sql.placeholder("childId")}::uuid)
      and (
        ${sql.placeholder("caseloadOf")}::uuid is null
        or coalesce((cl.settings ->> 'therapistsSeeAllChildren')::boolean, false)
        or c.primary_therapist_id = ${sql.placeholder("caseloadOf")}::uuid
        or exists (
          select 1 from child_therapists ct
          where ct.child_id = c.id and ct.therapist_id = ${sql.placeholder("caseloadOf")}::uuid
        )
      )
  ),
  unsigned as materialized (
    select n.child_id,
      json_agg(json_build_object('noteId', n.id, 'visitEndedAt', n.visit_ended_at)
        order by n.visit_ended_at) as notes
    from clinical_notes n
    where n.clinic_id = ${sql.placeholder("clinicId")}::uuid
      and n.signed_at is null
      and n.visit_ended_at is not null
      and n.child_id in (select id from scope)
    group by n.child_id
  ),
  facts as (
    select s.id, s.first_name, s.last_name, s.discharged_on, s.today,
      p.start_on, p.end_on, p.certified_on, coalesce(p.recertified, false) as recertified,
      (
        select count(*)::int from clinical_notes v
        where v.child_id = s.id and v.kind = 'visit'
          and v.service_on > coalesce(r.service_on, p.start_on - 1, '-infinity'::date)
      ) as visits,
      case when s.discharged_on is null then false else (
        select count(*) > 0 from clinical_notes d
        where d.child_id = s.id and d.kind = 'discharge_summary' and d.signed_at is not null
      ) end as discharge_summary_signed
    from scope s
    left join lateral (
      select pc.start_on, pc.end_on, pc.certified_on,
        exists (
          select 1 from plans_of_care nx
          where nx.child_id = s.id and nx.start_on >= pc.start_on and nx.previous_id = pc.id
        ) as recertified
      from plans_of_care pc
      where pc.child_id = s.id and pc.start_on <= s.today
      order by pc.start_on desc
      limit 1
    ) p on true
    left join lateral (
      select rn.service_on from clinical_notes rn
      where rn.child_id = s.id and rn.kind = 'progress_report' and rn.signed_at is not null
      order by rn.service_on desc
      limit 1
    ) r on true
  )
  select f.id as "childId", f.first_name as "firstName", f.last_name as "lastName",
    f.discharged_on::text as "dischargedOn",
    f.start_on::text as "planStart", f.end_on::text as "planEnd",
    f.certified_on::text as "certifiedOn", f.recertified as "recertified",
    f.visits as "visitsSinceLastReport",
    f.discharge_summary_signed as "dischargeSummarySigned",
    coalesce(u.notes, '[]'::json) as "unsignedNotes"
  from facts f
  left join unsigned u on u.child_id = f.id
  -- Only the charts that may have something due; the domain decides what and how urgent.
  where u.notes is not null
    or f.visits >= ${sql.placeholder("visitsBeforeWarning")}::int
    or (f.start_on is not null and f.certified_on is null)
    or (f.start_on is not null and not f.recertified
      and f.end_on - ${sql.placeholder("recertificationOpensDays")}::int <= f.today)
    or (f.discharged_on is not null and not f.discharge_summary_signed)`;

const documentationFacts = reusableSql<
  {
    clinicId: string;
    childId: string | null;
    caseloadOf: string | null;
    now: string;
    visitsBeforeWarning: number;
    recertificationOpensDays: number;
  },
  DocumentationFactsRow
>(documentationFactsSql);

/**
 * The documentation facts of every child in scope that may have something due, in one statement: the current plan of care (the
 * latest started by today) and whether a later plan recertifies it, the treatment visits since the
 * last signed progress report (or since the plan started), discharge and its signed summary, and the
 * notes of visits not yet signed.
 */
export async function listDocumentationFacts(q: Queryable, scope: DocumentationScope) {
  return documentationFacts(q, {
    clinicId: scope.clinicId,
    childId: scope.childId,
    caseloadOf: scope.caseloadOf,
    now: scope.now.toISOString(),
    visitsBeforeWarning: VISITS_BEFORE_WARNING,
    recertificationOpensDays: RECERTIFICATION_OPENS_DAYS_BEFORE_END,
  });
}

const clinicClock = reusable("clinic_clock", (q) =>
  q
    .select({ settings: clinics.settings, timeZone: clinics.timeZone })
    .from(clinics)
    .where(eq(clinics.id, sql.placeholder("clinicId"))),
);

/** A clinic's settings and time zone: the limits and the calendar its deadlines are counted in. */
export async function findClinicClock(q: Queryable, clinicId: string) {
  const [row] = await clinicClock(q, { clinicId });
  return row;
}
