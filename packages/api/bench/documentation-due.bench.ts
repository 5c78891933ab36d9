import { randomBytes } from "node:crypto";
import { fillPlaceholders, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";

import { createDb } from "@carryover/db";
import {
  auditValues,
  chartDocumentationSql,
  insertUserSession,
  listChartDocumentation,
} from "@carryover/db/queries";
import { createTestDatabase, startTestServer } from "@carryover/db/testing";

import { DUE_ITEMS_SHOWN } from "../src/clinical-notes/documentation.contracts";
import type { ServiceDeps } from "../src/context";
import { resolveAuthSession } from "../src/identity/resolve-auth-session";
import { callerFor, testDeps, testMeta } from "../src/testing/test-context";
import { benchDatabaseUrl, benchExplains, percentile } from "./bench-env";
import { buildClinic, CHILDREN, THERAPISTS } from "./documentation-clinic";

/**
 * Issue 18: documentation.due for a clinic of 50 therapists, 600 children and two years of weekly
 * visits (about 62,000 notes, a plan of care every 91 days, a signed progress report about every 10
 * visits), for the admin (the whole clinic) and for one therapist (a caseload of 12), against
 * account.me in the same run. Each request resolves its session as a real one does and asks as the
 * dashboards do: the most urgent items (50) and the counts of all. The budget: p95 within 5×
 * account.me's, with every chart's answer kept; reads right after a write (one chart stale) and after
 * a settings change (every chart stale) are timed too. BENCH_DATABASE_URL picks a server; otherwise
 * an embedded PostgreSQL starts.
 */
// Each case runs in blocks of 30 in turn, so a case's garbage falls on its own calls; the first
// block of each is the warm-up. Thirty blocks, so that a p95 is not decided by one burst of the
// machine's other work.
const BLOCKS = 30;
const PER_BLOCK = 30;
const ROUNDS = BLOCKS * PER_BLOCK;
const BUDGET = 5;

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
    where relname in ('chart_documentation', 'clinical_notes', 'plans_of_care', 'children', 'child_therapists')
    union all
    select relname || ' (sequential)', seq_scan::int from pg_stat_user_tables
    where relname in ('chart_documentation', 'clinical_notes', 'plans_of_care', 'children')`);
  return new Map(rows.map((r) => [r.name, r.scans]));
}

const server = await startTestServer(benchDatabaseUrl());
const database = await createTestDatabase(server);
// Requests are timed on a client of their own: counting statements (postgres.js's debug hook)
// records a stack trace for every query, which would time the counting too.
const timed = createDb(database.url, { max: 1 });
let statements = 0;
const counted = createDb(database.url, { max: 1, onQuery: () => void statements++ });
// Its connection opens (and reads PostgreSQL's types) before any statement is counted.
await counted.execute(sql`select 1`);
try {
  const built = performance.now();
  const { counts } = await buildClinic(database.db);
  console.log(
    `built in ${((performance.now() - built) / 1000).toFixed(1)} s: ${THERAPISTS} therapists, ${CHILDREN} children, ` +
      `${counts?.notes} notes (${counts?.visits} visits, ${counts?.reports} progress reports), ${counts?.plans} plans of care`,
  );
  const adminSession = await sessionOf(timed, "bench.admin@bench.test");
  const therapistSession = await sessionOf(timed, "bench.ot.00@bench.test");

  /** One request as the server runs it: the session from its cookie, then the procedure. */
  const request = async (sessionId: string, call: "me" | "due", q = timed) => {
    const deps = testDeps(q);
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
  // The first read computes every chart; autovacuum would then tidy and analyze the table.
  await request(adminSession, "due");
  await database.db.execute(sql`vacuum analyze chart_documentation`);
  const times = cases.map(() => [] as number[]);
  const items = cases.map(() => 0);
  const listed = cases.map(() => 0);
  for (let block = 0; block <= BLOCKS; block++)
    for (const [i, c] of cases.entries())
      for (let call = 0; call < PER_BLOCK; call++) {
        const started = performance.now();
        const answer = await request(c.sessionId, c.call);
        const took = performance.now() - started;
        if (block > 0) times[i]?.push(took);
        items[i] = "total" in answer ? answer.total : 0;
        listed[i] = "total" in answer ? answer.items.length : 0;
      }
  const countStatements = async (sessionId: string, call: "me" | "due") => {
    statements = 0;
    await request(sessionId, call, counted);
    return statements;
  };
  const statementsPerCall: number[] = [];
  for (const c of cases) statementsPerCall.push(await countStatements(c.sessionId, c.call));
  const p = (i: number, q: number) => percentile(times[i] ?? [], q);
  console.log(
    `p50 and p95 of ${ROUNDS} requests each (in blocks of ${PER_BLOCK}, after a warm-up block), session resolved on each:`,
  );
  for (const [i, c] of cases.entries()) {
    const ratio = p(i, 95) / p(0, 95);
    console.log(
      `${c.label.padEnd(42)} p50 ${p(i, 50).toFixed(2)} ms  p95 ${p(i, 95).toFixed(2)} ms  ` +
        `${statementsPerCall[i]} statements (${statementsPerCall[0]} the session's)  ` +
        (c.call === "due"
          ? `${items[i]} items due, ${listed[i]} listed  p95 ${ratio.toFixed(2)}× account.me = ${((ratio / BUDGET) * 100).toFixed(0)}% of the ${BUDGET}× budget`
          : ""),
    );
  }

  // The plans of what was timed, before the stale reads below rewrite the kept rows.
  if (benchExplains()) {
    const [ids] = await database.db.execute<{ clinicId: string; therapistId: string }>(
      sql`select c.id as "clinicId", u.id as "therapistId" from clinics c, users u
        where c.name = 'Bench Pediatric OT' and u.email = 'bench.ot.00@bench.test'`,
    );
    for (const caseloadOf of [null, ids?.therapistId ?? null]) {
      const query = new PgDialect().sqlToQuery(
        chartDocumentationSql(caseloadOf ? "caseload" : "clinic"),
      );
      const params = fillPlaceholders(query.params, {
        clinicId: ids?.clinicId,
        childId: null,
        caseloadOf,
        now: new Date().toISOString(),
        limit: DUE_ITEMS_SHOWN,
        ...auditValues({ action: "bench.explain", entityType: "clinic" }),
      });
      const plan = await database.db.$client.unsafe(
        `explain (analyze, buffers, costs off) ${query.sql}`,
        params as never[],
      );
      console.log(caseloadOf ? "\nthe therapist's caseload:" : "\nthe whole clinic:");
      console.log(
        plan.map((row) => String(Object.values(row as Record<string, unknown>)[0])).join("\n"),
      );
    }
  }

  // Where the whole-clinic call spends its time: the statement that reads the kept items.
  const [benchClinic] = await database.db.execute<{ id: string }>(
    sql`select id from clinics where name = 'Bench Pediatric OT'`,
  );
  const statementTimes: number[] = [];
  for (let round = 0; round < 100; round++) {
    const started = performance.now();
    await listChartDocumentation(
      timed,
      {
        clinicId: benchClinic?.id ?? "",
        childId: null,
        caseloadOf: null,
        now: new Date(),
        limit: DUE_ITEMS_SHOWN,
      },
      { clinicId: benchClinic?.id ?? null, action: "documentation.due.list", entityType: "clinic" },
    );
    statementTimes.push(performance.now() - started);
  }
  console.log(
    `whole clinic: reading the kept items, with the audit row, takes p50 ${percentile(statementTimes, 50).toFixed(2)} ms ` +
      `p95 ${percentile(statementTimes, 95).toFixed(2)} ms of it`,
  );

  // A backend reports its statistics when it goes idle at least a second after its last report.
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await timed.execute(sql`select 1`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
  };
  await settle();
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

  // What a read costs when charts have gone stale: one (a note just signed), or every chart of the
  // clinic (its settings changed). Kept answers are the steady state; these are the exceptions.
  const staleRead = async (reach: "one chart" | "every chart") => {
    const runs: number[] = [];
    const staleCharts = () =>
      database.db.execute(
        reach === "one chart"
          ? sql`update chart_documentation set stale_at = '-infinity'
              where child_id = (select id from children where last_name = 'Bench' order by id limit 1)`
          : sql`update chart_documentation set stale_at = '-infinity'`,
      );
    for (let round = 0; round < (reach === "one chart" ? 100 : 10); round++) {
      await staleCharts();
      const started = performance.now();
      await request(adminSession, "due");
      runs.push(performance.now() - started);
    }
    await staleCharts();
    return {
      p50: percentile(runs, 50),
      p95: percentile(runs, 95),
      statements: await countStatements(adminSession, "due"),
    };
  };
  for (const reach of ["one chart", "every chart"] as const) {
    const run = await staleRead(reach);
    console.log(
      `whole clinic with ${reach} stale: p50 ${run.p50.toFixed(2)} ms  p95 ${run.p95.toFixed(2)} ms  ` +
        `${run.statements} statements  p95 ${(run.p95 / p(0, 95)).toFixed(2)}× account.me`,
    );
  }
} finally {
  await timed.close();
  await counted.close();
  await database.drop();
  await server.teardown();
}
