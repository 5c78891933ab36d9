import { sql } from "drizzle-orm";

import { createDb, type Db } from "@carryover/db";
import { createTestDatabase, startTestServer } from "@carryover/db/testing";

import { resolveAuthSession } from "../src/identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../src/testing/test-context";
import { benchDatabaseUrl, benchOnServerHeap, percentile } from "./bench-env";

/**
 * Issue 20: the A/R aging report over 50,000 ledger entries. Maple Grove's ledger grows to 50,000
 * entries on 200 children like its first, as visits post them: ten entries a visit (two lines'
 * charges, payments and adjustments, a copay moved to the family), 5,000 visits over the last
 * year. The report reads the clinic's snapshot of its aging, kept until the ledger changes (the
 * snapshot is computed from the day sums the database keeps with the entries, not the entries). Timed: report.arAging and account.me, in alternating blocks in the same run.
 * Budget: p95 at most 5× account.me's.
 */
const ENTRIES = 50_000;
const CHILDREN = 200;
const BLOCKS = 50;
const PER_BLOCK = 10;
const BUDGET = 5;

const server = await startTestServer(benchDatabaseUrl());
const database = await createTestDatabase(server);
const { db } = database;
const timed = createDb(database.url, { max: 1 });

async function growLedger(q: Db) {
  const [demo] = await q.execute<{ childId: string; clinicId: string }>(sql`
    select c.child_id as "childId", c.clinic_id as "clinicId" from claims c
    join clinics k on k.id = c.clinic_id
    where k.name = 'Maple Grove Pediatric Therapy' and c.batch_id is not null
    order by c.number limit 1`);
  if (!demo) throw new Error("Maple Grove has no sent claim");
  await q.execute(sql`
    insert into children
    select (jsonb_populate_record(null::children, to_jsonb(o) || jsonb_build_object(
      'id', gen_random_uuid(), 'last_name', 'Bench ' || lpad(i::text, 3, '0')))).*
    from children o, generate_series(1, ${CHILDREN}) i where o.id = ${demo.childId}`);
  const existing = await q.execute<{ n: number }>(
    sql`select count(*)::int as n from ledger_entries where clinic_id = ${demo.clinicId}`,
  );
  await q.execute(sql`
    with bench as (
      select id, row_number() over (order by id) - 1 as k from children
      where clinic_id = ${demo.clinicId} and last_name like 'Bench %'
    ), sent as (
      select id, payer_id, service_on, row_number() over (order by number) - 1 as k,
        count(*) over () as n
      from claims where clinic_id = ${demo.clinicId} and batch_id is not null
    )
    insert into ledger_entries
      (clinic_id, child_id, party, kind, cents, claim_id, payer_id, dated_on, created_at)
    select ${demo.clinicId}, b.id,
      (case when i % 10 >= 8 then 'family' else 'insurance' end)::ledger_party,
      (case i % 10 when 0 then 'charge' when 1 then 'charge' when 2 then 'insurance_payment'
        when 3 then 'insurance_payment' when 4 then 'adjustment' when 5 then 'adjustment'
        else 'transfer' end)::ledger_kind,
      case i % 10 when 0 then 12000 when 1 then 11000 when 2 then -7000 when 3 then -6500
        when 4 then -2400 when 5 then -2200 when 6 then -2000 when 7 then -1000
        when 8 then 2000 else 1000 end,
      case when v.n % 2 = 0 then s.id end, s.payer_id, current_date - v.n % 365,
      now() - (v.n % 365) * interval '1 day'
    from generate_series(0, ${ENTRIES - (existing[0]?.n ?? 0)}::int - 1) i
    cross join lateral (select i / 10 as n) v
    join bench b on b.k = v.n % ${CHILDREN}::int
    join sent s on s.k = v.n % s.n`);
  await q.execute(sql`vacuum analyze ledger_entries`);
  await q.execute(sql`vacuum analyze ledger_day_sums`);
  const [count] = await q.execute<{ entries: number; sums: number }>(sql`
    select (select count(*) from ledger_entries where clinic_id = ${demo.clinicId})::int as entries,
      (select count(*) from ledger_day_sums where clinic_id = ${demo.clinicId})::int as sums`);
  return count ?? { entries: 0, sums: 0 };
}

/** The report's time right after each of 50 postings, which it must see (each a snapshot miss). */
async function timeAfterPostings(q: Db, report: () => Promise<unknown>) {
  const times: number[] = [];
  for (let posting = 0; posting < 50; posting++) {
    await q.execute(sql`
      insert into ledger_entries (clinic_id, child_id, party, kind, cents, dated_on)
      select clinic_id, child_id, 'family', 'adjustment', cents, current_date
      from (select clinic_id, child_id from ledger_entries limit 1) e, (values (100), (-100)) v(cents)`);
    const started = performance.now();
    await report();
    times.push(performance.now() - started);
  }
  return times;
}

const serverHeap = benchOnServerHeap()
  ? "the server's young generation (64 MB semi-spaces, as apps/web/scripts/start.ts runs it)"
  : "V8's default young generation (16 MB semi-spaces; the server runs with 64: npm run bench)";
console.log(
  `Issue 20: the A/R aging report over ${ENTRIES} ledger entries, beside account.me in the same ` +
    `run, on ${serverHeap}. Budget: p95 at most ${BUDGET}× account.me's.\n`,
);
try {
  const { entries, sums } = await growLedger(db);
  const session = await signInAs(testDeps(db), "admin@maplegrove.test");
  const caller = async () => {
    const resolved = await resolveAuthSession(testDeps(timed), session.actor.sessionId);
    if (!resolved.ok) throw new Error(`session ${resolved.reason}`);
    return callerFor(testDeps(timed), resolved);
  };
  const calls = [
    async () => (await caller()).account.me(),
    async () => (await caller()).report.arAging(),
  ];
  const times = calls.map(() => [] as number[]);
  for (let block = 0; block <= BLOCKS; block++)
    for (const [index, call] of calls.entries())
      for (let round = 0; round < PER_BLOCK; round++) {
        const started = performance.now();
        await call();
        if (block > 0) times[index]?.push(performance.now() - started);
      }
  const afterPosting = await timeAfterPostings(db, async () => (await caller()).report.arAging());
  const report = await (await caller()).report.arAging();
  const p = (index: number, q: number) => percentile(times[index] ?? [], q);
  const ratio = p(1, 95) / p(0, 95);
  console.log(
    `Maple Grove's ledger: ${entries} entries in ${sums} day sums (insurance's per payer and ` +
      `day, a family's per child and day); the report: ${report.byPayer.length} payers, ` +
      `${report.byFamily.length} families owing\n` +
      `report.arAging  p50 ${p(1, 50).toFixed(2)} ms  p95 ${p(1, 95).toFixed(2)} ms;  account.me ` +
      `p50 ${p(0, 50).toFixed(2)} ms  p95 ${p(0, 95).toFixed(2)} ms (${BLOCKS * PER_BLOCK} calls ` +
      `each, after a warm-up block)\n` +
      `budget: p95 at most ${BUDGET}× account.me's; it is ${ratio.toFixed(2)}× — ` +
      (ratio <= BUDGET ? "within it" : "OVER BUDGET") +
      `\nthe first report after a posting (computed again from the day sums, and kept): p50 ` +
      `${percentile(afterPosting, 50).toFixed(2)} ms  p95 ${percentile(afterPosting, 95).toFixed(2)} ms ` +
      `(${afterPosting.length} postings)`,
  );
} finally {
  await timed.close();
  await database.drop();
  await server.teardown();
}
