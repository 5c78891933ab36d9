import { eq, sql, type SQL } from "drizzle-orm";

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
 * The current plan walks (child_id, start_on) backwards and its successor is found by previous_id; the
 * last signed report and a signed discharge summary come from the partial index of signed reports;
 * visits since then are a range of the partial index of visits; unsigned notes come from
 * the partial index of unsigned visits. Each stage is materialized so no count runs twice.
 */
/** Which children a statement covers; each is its own statement, so a cached plan fits it. */
export type DocumentationReach = "clinic" | "caseload" | "child";

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

/** The statement with its placeholders (the bench explains it). */
export const documentationFactsSql = (reach: DocumentationReach) => sql`
  with scope as materialized (
    select c.id, c.first_name, c.last_name, c.discharged_on,
      (${sql.placeholder("now")}::timestamptz at time zone cl.time_zone)::date as today
    from children c
    join clinics cl on cl.id = c.clinic_id
    where c.clinic_id = ${sql.placeholder("clinicId")}::uuid and ${inReach[reach]()}
  ),
  unsigned as materialized (
    select s.id as child_id, n.notes
    from scope s
    join lateral (
      select json_agg(json_build_object('noteId', n.id, 'visitEndedAt', n.visit_ended_at)
        order by n.visit_ended_at) as notes
      from clinical_notes n
      where n.child_id = s.id and n.signed_at is null and n.visit_ended_at is not null
    ) n on n.notes is not null
  ),
  charts as materialized (
    select s.id, s.first_name, s.last_name, s.discharged_on, s.today,
      p.start_on, p.end_on, p.certified_on, coalesce(p.recertified, false) as recertified,
      r.service_on as last_report_on
    from scope s
    left join lateral (
      select pc.start_on, pc.end_on, pc.certified_on,
        exists (
          select 1 from plans_of_care nx where nx.previous_id = pc.id and nx.start_on >= pc.start_on
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
  ),
  facts as materialized (
    select c.*,
      (
        select count(*)::int from clinical_notes v
        where v.child_id = c.id and v.kind = 'visit'
          and v.service_on > coalesce(c.last_report_on, c.start_on - 1, '-infinity'::date)
      ) as visits,
      -- A probe of this child's signed reports (an exists would scan every clinic's summaries).
      c.discharged_on is not null and coalesce((
        select true from clinical_notes d
        where d.child_id = c.id and d.kind = 'discharge_summary' and d.signed_at is not null
        limit 1
      ), false) as discharge_summary_signed
    from charts c
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

type FactsValues = {
  clinicId: string;
  childId: string | null;
  caseloadOf: string | null;
  now: string;
  visitsBeforeWarning: number;
  recertificationOpensDays: number;
};

const documentationFacts = {
  clinic: reusableSql<FactsValues, DocumentationFactsRow>(() => documentationFactsSql("clinic")),
  caseload: reusableSql<FactsValues, DocumentationFactsRow>(() =>
    documentationFactsSql("caseload"),
  ),
  child: reusableSql<FactsValues, DocumentationFactsRow>(() => documentationFactsSql("child")),
};

/**
 * The documentation facts of every child in scope that may have something due, in one statement: the current plan of care (the
 * latest started by today) and whether a later plan recertifies it, the treatment visits since the
 * last signed progress report (or since the plan started), discharge and its signed summary, and the
 * notes of visits not yet signed.
 */
export async function listDocumentationFacts(q: Queryable, scope: DocumentationScope) {
  const reach =
    scope.childId !== null ? "child" : scope.caseloadOf !== null ? "caseload" : "clinic";
  return documentationFacts[reach](q, {
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
