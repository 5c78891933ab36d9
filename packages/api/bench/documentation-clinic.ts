import { sql } from "drizzle-orm";

import type { ServiceDeps } from "../src/context";

export const THERAPISTS = 50;
export const CHILDREN = 600;
export const WEEKS = 104;

const VISIT_CONTENT = JSON.stringify({
  source: "in_person",
  modality: "clinic",
  placeOfService: "11",
  minutes: { byService: { "97530": 30, "97535": 15 }, unmarkedChildPresent: 0, caregiverOnly: 0 },
  subjective: "Came in tired after school.",
  objective: "Buttoned 3 of 5 buttons with one verbal prompt.",
  assessment: "Progressing toward the dressing goal.",
  plan: "Continue backward chaining.",
  attended: { child: true, guardianIds: [] },
  goalStatuses: [],
  coaching: [],
  trials: [],
  commenting: null,
  programChanges: [],
  groupShared: null,
});

/** The clinic, built in a few set-based statements. */
export async function buildClinic(db: ServiceDeps["db"]) {
  const [clinic] = await db.execute<{ id: string }>(sql`
    insert into clinics (name, time_zone, settings)
    values ('Bench Pediatric OT', 'America/Chicago', '{"staffTwoFactorRequired": false}')
    returning id`);
  const clinicId = clinic?.id ?? "";
  await db.execute(sql`
    insert into users (email, name)
    select 'bench.ot.' || lpad(g::text, 2, '0') || '@bench.test', 'Bench Therapist ' || g
    from generate_series(0, ${sql.raw(String(THERAPISTS - 1))}) g
    union all select 'bench.admin@bench.test', 'Bench Admin'`);
  await db.execute(sql`
    insert into memberships (user_id, clinic_id, role, credential)
    select id, ${clinicId}, case when email like 'bench.ot.%' then 'therapist'::role else 'admin'::role end,
      case when email like 'bench.ot.%' then 'ot'::therapist_credential end
    from users where email like '%@bench.test'`);
  // Twelve children per therapist; one in forty discharged five days ago.
  await db.execute(sql`
    with t as (
      select id, row_number() over (order by email) - 1 as n from users where email like 'bench.ot.%'
    )
    insert into children (clinic_id, first_name, last_name, date_of_birth, primary_therapist_id, discharged_on)
    select ${clinicId}, 'Child' || g, 'Bench', date '2016-01-01' + (g * 3), t.id,
      case when g % 40 = 0 then current_date - 5 end
    from generate_series(0, ${sql.raw(String(CHILDREN - 1))}) g join t on t.n = g % ${sql.raw(String(THERAPISTS))}`);
  await db.execute(sql`
    insert into child_therapists (child_id, therapist_id)
    select id, primary_therapist_id from children where clinic_id = ${clinicId}`);
  // A 90-day plan every 91 days for two years, each recertifying the one before; one child in
  // nine has its latest plan not yet certified.
  await db.execute(sql`
    with c as (
      select id, primary_therapist_id, row_number() over (order by id) as n
      from children where clinic_id = ${clinicId}
    )
    insert into plans_of_care (clinic_id, child_id, start_on, end_on, frequency, certified_on)
    select ${clinicId}, c.id, current_date - ${sql.raw(String(WEEKS * 7))} + k * 91, current_date - ${sql.raw(String(WEEKS * 7))} + k * 91 + 89,
      '{"visitsPerWeek": 1, "weeks": 13}'::jsonb,
      case when k = 8 and c.n % 9 = 0 then null else current_date - ${sql.raw(String(WEEKS * 7))} + k * 91 + 10 end
    from c cross join generate_series(0, 8) k`);
  await db.execute(sql`
    update plans_of_care p set previous_id = q.id
    from plans_of_care q
    where q.child_id = p.child_id and q.end_on = p.start_on - 2 and p.clinic_id = ${clinicId}`);
  // A weekly visit for two years, signed the next day; every third child's last visit is unsigned,
  // every fifth's for longer than the clinic's limit.
  await db.execute(sql`
    with c as (
      select id, primary_therapist_id, row_number() over (order by id) as n
      from children where clinic_id = ${clinicId}
    ),
    v as (
      select c.id as child_id, c.primary_therapist_id as author_id, c.n, w,
        current_date - ${sql.raw(String(WEEKS * 7))} + (c.n % 7)::int + w * 7 as service_on
      from c cross join generate_series(0, ${sql.raw(String(WEEKS - 1))}) w
    )
    insert into clinical_notes (clinic_id, child_id, kind, author_id, service_on, visit_ended_at,
      content, signed_at, signed_by_id)
    select ${clinicId}, v.child_id, 'visit', v.author_id, v.service_on,
      v.service_on + time '16:00' at time zone 'America/Chicago',
      ${VISIT_CONTENT}::jsonb,
      case when v.service_on < current_date - 7 or (v.n % 3 <> 0 and v.n % 5 <> 0)
        then v.service_on + time '20:00' at time zone 'America/Chicago' end,
      case when v.service_on < current_date - 7 or (v.n % 3 <> 0 and v.n % 5 <> 0)
        then v.author_id end
    from v where v.service_on <= current_date`);
  // A signed progress report every 10 visits, at a different point for each child; one child in
  // seven has missed the latest.
  await db.execute(sql`
    with c as (
      select id, primary_therapist_id, row_number() over (order by id) as n
      from children where clinic_id = ${clinicId}
    ),
    v as (
      select n.child_id, n.service_on, c.n, c.primary_therapist_id as author_id,
        row_number() over (partition by n.child_id order by n.service_on) as visit,
        count(*) over (partition by n.child_id) as visits
      from clinical_notes n join c on c.id = n.child_id where n.kind = 'visit'
    )
    insert into clinical_notes (clinic_id, child_id, kind, author_id, service_on, content,
      signed_at, signed_by_id)
    select ${clinicId}, v.child_id, 'progress_report', v.author_id, v.service_on,
      jsonb_build_object('periodFrom', v.service_on - 70, 'periodTo', v.service_on, 'summary', '',
        'goalProgress', '[]'::jsonb, 'recommendations', '', 'familySummary', '', 'dischargeReason', null),
      v.service_on + time '21:00' at time zone 'America/Chicago', v.author_id
    from v
    where (v.visit + v.n % 12) % 10 = 0 and not (v.n % 7 = 0 and v.visits - v.visit < 12)`);
  // A clinic two years in has been vacuumed: its visibility map lets counts read the index alone.
  await db.execute(sql`vacuum analyze`);
  const [counts] = await db.execute<{
    notes: number;
    visits: number;
    reports: number;
    plans: number;
  }>(sql`
    select
      (select count(*)::int from clinical_notes where clinic_id = ${clinicId}) as notes,
      (select count(*)::int from clinical_notes where clinic_id = ${clinicId} and kind = 'visit') as visits,
      (select count(*)::int from clinical_notes where clinic_id = ${clinicId} and kind = 'progress_report') as reports,
      (select count(*)::int from plans_of_care where clinic_id = ${clinicId}) as plans`);
  return { clinicId, counts };
}
