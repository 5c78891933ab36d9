import { eq, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import { reusable, reusableSql } from "../../reusable";
import { clinics } from "../../schema";

/* What a chart's documentation due is computed from: its facts and the clinic's clock. */

/** One child's documentation facts, as `documentationDueItems` reads them. */
export type DocumentationFactsRow = {
  childId: string;
  dischargedOn: string | null;
  planStart: string | null;
  planEnd: string | null;
  certifiedOn: string | null;
  recertified: boolean;
  nextPlanStart: string | null;
  visitsSinceLastReport: number;
  dischargeSummarySigned: boolean;
  unsignedNotes: { noteId: string; visitEndedAt: string }[];
};

/*
 * Each chart's facts come from index probes: the current plan walks (child_id, start_on) backwards
 * and its successor is found by previous_id; the last signed report and a signed discharge summary
 * come from the partial index of signed reports; visits since then are a range of the partial index
 * of visits; unsigned notes come from the partial index of unsigned visits.
 */
const documentationFacts = reusableSql<
  { clinicId: string; childIds: string; now: string },
  DocumentationFactsRow
>(
  () => sql`
  with scope as materialized (
    select c.id, c.discharged_on,
      (${sql.placeholder("now")}::timestamptz at time zone cl.time_zone)::date as today
    from children c
    join clinics cl on cl.id = c.clinic_id
    where c.clinic_id = ${sql.placeholder("clinicId")}::uuid
      and c.id = any(string_to_array(${sql.placeholder("childIds")}::text, ',')::uuid[])
  ),
  charts as materialized (
    select s.id, s.discharged_on, s.today,
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
  )
  select c.id as "childId", c.discharged_on::text as "dischargedOn",
    c.start_on::text as "planStart", c.end_on::text as "planEnd",
    c.certified_on::text as "certifiedOn", c.recertified as "recertified",
    (
      select min(np.start_on)::text from plans_of_care np
      where np.child_id = c.id and np.start_on > c.today
    ) as "nextPlanStart",
    (
      select count(*)::int from clinical_notes v
      where v.child_id = c.id and v.kind = 'visit'
        and v.service_on > coalesce(c.last_report_on, c.start_on - 1, '-infinity'::date)
    ) as "visitsSinceLastReport",
    -- A probe of this child's signed reports (an exists would scan every clinic's summaries).
    c.discharged_on is not null and coalesce((
      select true from clinical_notes d
      where d.child_id = c.id and d.kind = 'discharge_summary' and d.signed_at is not null
      limit 1
    ), false) as "dischargeSummarySigned",
    coalesce((
      select json_agg(json_build_object('noteId', n.id, 'visitEndedAt', n.visit_ended_at)
        order by n.visit_ended_at)
      from clinical_notes n
      where n.child_id = c.id and n.signed_at is null and n.visit_ended_at is not null
    ), '[]'::json) as "unsignedNotes"
  from charts c`,
);

/**
 * The documentation facts of these charts of one clinic: the current plan of care (the latest
 * started by today) and whether a later plan recertifies it, the next plan's start, the treatment
 * visits since the last signed progress report (or since the plan started), discharge and its
 * signed summary, and the notes of visits not yet signed.
 */
export function listDocumentationFacts(
  q: Queryable,
  charts: { clinicId: string; childIds: readonly string[]; now: Date },
) {
  return documentationFacts(q, {
    clinicId: charts.clinicId,
    childIds: charts.childIds.join(","),
    now: charts.now.toISOString(),
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
