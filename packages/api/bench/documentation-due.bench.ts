import { randomBytes } from "node:crypto";
import { fillPlaceholders, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";

import { createDb } from "@carryover/db";
import {
  documentationFactsSql,
  insertUserSession,
  listDocumentationFacts,
} from "@carryover/db/queries";
import { createTestDatabase, startTestServer } from "@carryover/db/testing";
import { documentationDueItems } from "@carryover/domain/clinical-notes";
import { localDateOf } from "@carryover/domain/scheduling";

import type { ServiceDeps } from "../src/context";
import { resolveAuthSession } from "../src/identity/resolve-auth-session";
import { callerFor, testDeps, testMeta } from "../src/testing/test-context";

/**
 * Issue 18: documentation.due for a clinic of 50 therapists, 600 children and two years of weekly
 * visits (about 62,000 notes, a plan of care every 91 days, a signed progress report about every 10
 * visits), for the admin (the whole clinic) and for one therapist (a caseload of 12), against
 * account.me in the same run. Each request resolves its session as a real one does. The budget: p95
 * within 5× account.me's. BENCH_DATABASE_URL picks a server; otherwise an embedded PostgreSQL starts.
 */
const ROUNDS = 300;
const WARM_UP = 30;
const BUDGET = 5;
const THERAPISTS = 50;
const CHILDREN = 600;
const WEEKS = 104;

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

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
async function buildClinic(db: ServiceDeps["db"]) {
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
  await db.execute(sql`analyze`);
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

async function sessionOf(db: ServiceDeps["db"], email: string) {
  const [row] = await db.execute<{ userId: string; membershipId: string }>(sql`
    select u.id as "userId", m.id as "membershipId"
    from users u join memberships m on m.user_id = u.id where u.email = ${email}`);
  if (!row) throw new Error(`no ${email}`);
  return insertUserSession(db, { ...row, ip: null, userAgent: null, now: new Date() });
}

async function indexScans(db: ServiceDeps["db"]) {
  const rows = await db.execute<{ name: string; scans: number }>(sql`
    select indexrelname as name, idx_scan::int as scans from pg_stat_user_indexes
    where relname in ('clinical_notes', 'plans_of_care', 'children', 'child_therapists')
    union all
    select relname || ' (sequential)', seq_scan::int from pg_stat_user_tables
    where relname in ('clinical_notes', 'plans_of_care')`);
  return new Map(rows.map((r) => [r.name, r.scans]));
}

const server = await startTestServer(process.env.BENCH_DATABASE_URL || undefined);
const database = await createTestDatabase(server);
let statements = 0;
const counted = createDb(database.url, { max: 1, onQuery: () => void statements++ });
try {
  const built = performance.now();
  const { counts } = await buildClinic(database.db);
  console.log(
    `built in ${((performance.now() - built) / 1000).toFixed(1)} s: ${THERAPISTS} therapists, ${CHILDREN} children, ` +
      `${counts?.notes} notes (${counts?.visits} visits, ${counts?.reports} progress reports), ${counts?.plans} plans of care`,
  );
  const deps = testDeps(counted);
  const adminSession = await sessionOf(counted, "bench.admin@bench.test");
  const therapistSession = await sessionOf(counted, "bench.ot.00@bench.test");

  /** One request as the server runs it: the session from its cookie, then the procedure. */
  const request = async (sessionId: string, call: "me" | "due") => {
    const session = await resolveAuthSession(deps, sessionId);
    if (!session.ok) throw new Error(`session ${session.reason}`);
    const caller = callerFor(
      deps,
      session,
      testMeta({ requestId: randomBytes(6).toString("hex") }),
    );
    return call === "me" ? caller.account.me() : caller.documentation.due();
  };

  const cases = [
    { label: "account.me (admin)", sessionId: adminSession, call: "me" as const },
    {
      label: "documentation.due, admin: whole clinic",
      sessionId: adminSession,
      call: "due" as const,
    },
    {
      label: "documentation.due, therapist: caseload",
      sessionId: therapistSession,
      call: "due" as const,
    },
  ];
  const times = cases.map(() => [] as number[]);
  const statementsPerCall = cases.map(() => 0);
  const items = cases.map(() => 0);
  for (let round = 0; round < ROUNDS + WARM_UP; round++) {
    for (const [i, c] of cases.entries()) {
      statements = 0;
      const started = performance.now();
      const answer = await request(c.sessionId, c.call);
      const took = performance.now() - started;
      if (round >= WARM_UP) times[i]?.push(took);
      statementsPerCall[i] = statements;
      items[i] = Array.isArray(answer) ? answer.length : 0;
    }
  }
  const p = (i: number, q: number) => percentile(times[i] ?? [], q);
  console.log(
    `p50 and p95 of ${ROUNDS} requests each (after ${WARM_UP} warm-up rounds), session resolved on each:`,
  );
  for (const [i, c] of cases.entries()) {
    const ratio = p(i, 95) / p(0, 95);
    console.log(
      `${c.label.padEnd(42)} p50 ${p(i, 50).toFixed(2)} ms  p95 ${p(i, 95).toFixed(2)} ms  ` +
        `${statementsPerCall[i]} statements (${statementsPerCall[0]} the session's)  ` +
        (c.call === "due"
          ? `${items[i]} items  p95 ${ratio.toFixed(2)}× account.me = ${((ratio / BUDGET) * 100).toFixed(0)}% of the ${BUDGET}× budget`
          : ""),
    );
  }

  // Where the whole-clinic call spends its time: the statement, then the domain's rules per chart.
  const [benchClinic] = await database.db.execute<{ id: string }>(
    sql`select id from clinics where name = 'Bench Pediatric OT'`,
  );
  const split = { sql: [] as number[], rules: [] as number[] };
  for (let round = 0; round < 50; round++) {
    const now = new Date();
    let started = performance.now();
    const rows = await listDocumentationFacts(counted, {
      clinicId: benchClinic?.id ?? "",
      childId: null,
      caseloadOf: null,
      now,
    });
    split.sql.push(performance.now() - started);
    started = performance.now();
    const today = localDateOf(now, "America/Chicago");
    for (const row of rows)
      documentationDueItems(
        {
          visitsSinceLastReport: row.visitsSinceLastReport,
          plan:
            row.planStart && row.planEnd
              ? {
                  start: row.planStart,
                  end: row.planEnd,
                  certifiedOn: row.certifiedOn,
                  recertified: row.recertified,
                }
              : null,
          dischargedOn: row.dischargedOn,
          dischargeSummarySigned: row.dischargeSummarySigned,
          unsignedNotes: row.unsignedNotes.map((n) => ({
            noteId: n.noteId,
            visitEndedAt: new Date(n.visitEndedAt),
            signedAt: null,
          })),
        },
        today,
        now,
      );
    split.rules.push(performance.now() - started);
  }
  console.log(
    `whole clinic, p50 of 50: the facts statement ${percentile(split.sql, 50).toFixed(2)} ms, ` +
      `the domain's rules over its charts ${percentile(split.rules, 50).toFixed(2)} ms`,
  );

  const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));
  await settle(); // statistics reach pg_stat within a second of a backend going idle
  const before = await indexScans(database.db);
  await request(adminSession, "due");
  await settle();
  const after = await indexScans(database.db);
  const used = [...after]
    .map(([name, scans]) => [name, scans - (before.get(name) ?? 0)] as const)
    .filter(([, scans]) => scans > 0);
  console.log(
    `one whole-clinic call scanned: ${used.map(([name, scans]) => `${name} ×${scans}`).join(", ")}`,
  );
  if (process.env.BENCH_EXPLAIN) {
    const query = new PgDialect().sqlToQuery(documentationFactsSql());
    const [clinic] = await database.db.execute<{ id: string }>(
      sql`select id from clinics where name = 'Bench Pediatric OT'`,
    );
    const params = fillPlaceholders(query.params, {
      clinicId: clinic?.id,
      childId: null,
      caseloadOf: null,
      now: new Date().toISOString(),
      visitsBeforeWarning: 8,
      recertificationOpensDays: 14,
    });
    const plan = await database.db.$client.unsafe(
      `explain (analyze, buffers, costs off) ${query.sql}`,
      params as never[],
    );
    console.log(
      plan.map((row) => String(Object.values(row as Record<string, unknown>)[0])).join("\n"),
    );
  }
} finally {
  await counted.close();
  await database.drop();
  await server.teardown();
}
