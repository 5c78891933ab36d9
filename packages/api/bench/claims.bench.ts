import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { sql, type SQL } from "drizzle-orm";

import { createDb, type Db } from "@carryover/db";
import {
  batch837Of,
  findBillingProfile,
  findPayer,
  readClaimsForFile,
  SCRUB_CHUNK,
  scrubClaims,
} from "@carryover/db/queries";
import { createTestDatabase, startTestServer } from "@carryover/db/testing";
import { write837P } from "@carryover/domain/billing";
import { localDateOf } from "@carryover/domain/scheduling";

import { resolveAuthSession } from "../src/identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../src/testing/test-context";
import { benchDatabaseUrl, percentile } from "./bench-env";

/**
 * Issue 19: scrubbing and batching 1,000 claims to one payer. Maple Grove's ready Blue Prairie PPO
 * claim (Maya's) is copied to 40 children like her (her coverage, plan of care, referral, and a
 * 30-visit authorization each, since the payer asks for one after 20 visits a year), 25 visits each
 * on distinct past days of the plan: 1,000 claims that scrub clean. Counted: the statements of
 * scrubbing them and of claimBatch.create, for 100, 500 and 1,000 claims, so a fixed number per 100
 * shows (no statement per claim). Timed: the 837P of the 1,000, written from what the batch reads
 * for it, against account.me in the same run. The budget: under 1 ms per claim.
 */
// Each case runs in blocks of 20 in turn, so a case's garbage falls on its own calls; the first
// block of each is the warm-up.
const BLOCKS = 30;
const PER_BLOCK = 20;
const ROUNDS = BLOCKS * PER_BLOCK;
const CHILDREN = 40;
const VISITS = 25;
const CLAIMS = CHILDREN * VISITS;
const BUDGET_MS_PER_CLAIM = 1;
const SIZES = [100, 500, CLAIMS];

// The collector, to run between blocks (untimed).
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const server = await startTestServer(benchDatabaseUrl());
const database = await createTestDatabase(server);
const { db } = database;
// Calls are timed on a client of their own: counting statements (postgres.js's debug hook)
// records a stack trace for every query, which would time the counting too.
const timed = createDb(database.url, { max: 1 });
let statements = 0;
const counted = createDb(database.url, { max: 1, onQuery: () => void statements++ });
// Its connection opens (and reads PostgreSQL's types) before any statement is counted.
await counted.execute(sql`select 1`);

/** The 1,000 claims, copied in bulk from the demo's ready Blue Prairie claim; their ids by number. */
async function benchClaims(q: Db) {
  const [demo] = await q.execute<{
    claimId: string;
    childId: string;
    clinicId: string;
    payerId: string;
    timeZone: string;
  }>(sql`
    select c.id as "claimId", c.child_id as "childId", c.clinic_id as "clinicId",
      c.payer_id as "payerId", k.time_zone as "timeZone"
    from claims c join payers p on p.id = c.payer_id join clinics k on k.id = c.clinic_id
    where k.name = 'Maple Grove Pediatric Therapy' and p.name = 'Blue Prairie PPO'
      and c.status = 'ready'
    order by c.number limit 1`);
  if (!demo) throw new Error("the demo has no ready Blue Prairie PPO claim at Maple Grove");
  const bench = sql`b.clinic_id = ${demo.clinicId} and b.last_name like 'Bench %'`;
  // Each row of `table` as it is, with these columns changed: a copy without naming every column.
  const copy = (table: string, changes: SQL) =>
    sql`(jsonb_populate_record(null::${sql.raw(table)}, to_jsonb(o) || jsonb_build_object(${changes}))).*`;
  await q.execute(sql`
    insert into children
    select ${copy("children", sql`'id', gen_random_uuid(), 'last_name', 'Bench ' || lpad(i::text, 2, '0')`)}
    from children o, generate_series(1, ${CHILDREN}) i where o.id = ${demo.childId}`);
  await q.execute(sql`
    insert into coverages
    select ${copy("coverages", sql`'id', gen_random_uuid(), 'child_id', b.id, 'member_id', o.member_id || right(b.last_name, 2)`)}
    from coverages o, children b
    where o.child_id = ${demo.childId} and o.payer_id = ${demo.payerId} and ${bench}`);
  await q.execute(sql`
    insert into plans_of_care
    select ${copy("plans_of_care", sql`'id', gen_random_uuid(), 'child_id', b.id, 'previous_id', null, 'evaluation_note_id', null`)}
    from plans_of_care o, children b
    where o.child_id = ${demo.childId}
      and o.start_on = (select max(start_on) from plans_of_care where child_id = ${demo.childId})
      and ${bench}`);
  await q.execute(sql`
    insert into child_referrals
    select ${copy("child_referrals", sql`'child_id', b.id`)}
    from child_referrals o, children b where o.child_id = ${demo.childId} and ${bench}`);
  await q.execute(sql`
    insert into authorizations (clinic_id, coverage_id, counts, approved, starts_on, ends_on, reference)
    select b.clinic_id, cov.id, 'visits', ${VISITS + 5}, pc.start_on, pc.end_on,
      'PA-BENCH-' || right(b.last_name, 2)
    from children b
    join coverages cov on cov.child_id = b.id
    join plans_of_care pc on pc.child_id = b.id
    where ${bench}`);
  // Each child's visits on distinct days, from the plan's certification to yesterday.
  await q.execute(sql`
    insert into claims
    select ${copy(
      "claims",
      sql`'id', gen_random_uuid(), 'number', nextval('claim_numbers'), 'child_id', b.id,
        'coverage_id', cov.id, 'status', 'draft', 'findings', '[]'::jsonb, 'scrubbed_at', null,
        'service_on', d.first + (v * (d.last - d.first)) / ${VISITS - 1}`,
    )}
    from claims o
    join children b on ${bench}
    join coverages cov on cov.child_id = b.id
    join plans_of_care pc on pc.child_id = b.id
    cross join lateral (
      select greatest(pc.start_on, pc.certified_on) as first,
        least(pc.end_on, current_date - 1) as last
    ) d
    cross join generate_series(0, ${VISITS - 1}) v
    where o.id = ${demo.claimId}`);
  const rows = await q.execute<{ id: string }>(sql`
    select c.id from claims c join children b on b.id = c.child_id where ${bench} order by c.number`);
  return { ...demo, ids: rows.map((row) => row.id) };
}

console.log(
  `Issue 19: scrubbing and batching ${CLAIMS} claims to one payer. Counted: the SQL statements of ` +
    `scrubClaims and of claimBatch.create for 100, 500 and ${CLAIMS} claims (a fixed number per 100, ` +
    `none per claim). Timed: the 837P of the ${CLAIMS} claims, per claim, beside account.me in the ` +
    `same run. Budget: under ${BUDGET_MS_PER_CLAIM} ms per claim.\n`,
);
try {
  const built = performance.now();
  const { ids, clinicId, payerId, timeZone } = await benchClaims(db);
  const findings = await scrubClaims(db, ids, new Date());
  const failing = [...findings.values()].filter((found) => found.length > 0);
  const edits = new Map<string, number>();
  for (const found of failing)
    for (const { edit } of found) edits.set(edit, (edits.get(edit) ?? 0) + 1);
  console.log(
    `set up in ${((performance.now() - built) / 1000).toFixed(1)} s: ${ids.length} Blue Prairie PPO claims ` +
      `(${CHILDREN} children × ${VISITS} visits), ${ids.length - failing.length} ready after scrubbing`,
  );
  if (ids.length !== CLAIMS || failing.length > 0)
    throw new Error(
      `${ids.length} claims, not all clean: ${[...edits].map(([e, n]) => `${e} ×${n}`).join(", ")}`,
    );
  await db.execute(sql`vacuum analyze claims`);

  const session = await signInAs(testDeps(db), "admin@maplegrove.test");
  /** account.me as the server runs it: the session from its cookie, then the procedure. */
  const me = async (q: Db = timed) => {
    const resolved = await resolveAuthSession(testDeps(q), session.actor.sessionId);
    if (!resolved.ok) throw new Error(`session ${resolved.reason}`);
    return callerFor(testDeps(q), resolved).account.me();
  };
  const batchOf = (q: Db, claimIds: string[]) =>
    callerFor(testDeps(q), session).claimBatch.create({ payerId, claimIds });
  /** The batch's claims back to ready and the batch gone, so the same claims batch again. */
  const unbatch = async (batchId: string) => {
    await db.execute(sql`
      update claims set status = 'ready', batch_id = null, submitted_at = null
      where batch_id = ${batchId}`);
    await db.execute(sql`delete from claim_batches where id = ${batchId}`);
  };
  const countOf = async (work: () => Promise<unknown>) => {
    statements = 0;
    await work();
    return statements;
  };

  console.log(
    `\nstatements, counted on a client of their own (scrubbing goes ${SCRUB_CHUNK} claims at a time):`,
  );
  const counts = { scrub: [] as number[], batch: [] as number[] };
  for (const n of SIZES) {
    counts.scrub.push(await countOf(() => scrubClaims(counted, ids.slice(0, n), new Date())));
    let batch: Awaited<ReturnType<typeof batchOf>> | undefined;
    counts.batch.push(await countOf(async () => (batch = await batchOf(counted, ids.slice(0, n)))));
    if (batch?.claimCount !== n) throw new Error(`a batch of ${n} took ${batch?.claimCount}`);
    await unbatch(batch.id);
  }
  for (const [label, row] of [
    ["scrubClaims", counts.scrub],
    ["claimBatch.create (scrubs, then batches)", counts.batch],
  ] as const) {
    // What grows with the claims, per 100, and what does not: from the first size and the last.
    const first = SIZES[0] ?? 0;
    const last = SIZES.at(-1) ?? 0;
    const per100 = (((row.at(-1) ?? 0) - (row[0] ?? 0)) * 100) / (last - first);
    const fixed = (row[0] ?? 0) - (per100 * first) / 100;
    console.log(
      `${label.padEnd(42)} ` +
        SIZES.map((n, i) => `${n} claims: ${row[i]}`).join("  ") +
        `  = ${fixed} + ${per100} per 100 claims` +
        (SIZES.every((n, i) => row[i] === fixed + (per100 * n) / 100) ? "" : " (not linear!)"),
    );
  }

  // The 837P's input as the batch builds it: its claims read in one statement, once.
  const [payer, profile, claims] = await Promise.all([
    findPayer(timed, clinicId, payerId),
    findBillingProfile(timed, clinicId),
    readClaimsForFile(timed, ids),
  ]);
  if (!payer || !profile) throw new Error("no Blue Prairie PPO or no billing profile");
  const createdOn = localDateOf(new Date(), timeZone);
  const file837 = () =>
    write837P(
      batch837Of({
        profile,
        payer,
        interchangeControlNumber: 1,
        createdOn,
        createdAt: "09:30",
        claims,
      }),
    );
  const file = file837();
  const segments = file.split("~").length - 1;

  const labels = ["account.me", `837P for ${CLAIMS} claims`];
  const calls: (() => unknown)[] = [() => me(), file837];
  const times = labels.map(() => [] as number[]);
  for (let block = 0; block <= BLOCKS; block++)
    for (const [i, call] of calls.entries()) {
      // A 837P leaves megabytes behind: collected before the next block, not during its calls.
      collectGarbage();
      for (let round = 0; round < PER_BLOCK; round++) {
        const started = performance.now();
        await call();
        if (block > 0) times[i]?.push(performance.now() - started);
      }
    }
  const meStatements = await countOf(() => me(counted));
  const p = (i: number, q: number) => percentile(times[i] ?? [], q);
  const perClaim = (q: number) => p(1, q) / CLAIMS;
  console.log(
    `\np50 and p95 of ${ROUNDS} calls each (in blocks of ${PER_BLOCK}, after a warm-up block); ` +
      `the 837P is ${claims.length} claims, ${segments} segments, ${(file.length / 1024).toFixed(0)} KB:`,
  );
  console.log(
    `${labels[1]}  p50 ${p(1, 50).toFixed(2)} ms (${perClaim(50).toFixed(4)} ms/claim)  ` +
      `p95 ${p(1, 95).toFixed(2)} ms (${perClaim(95).toFixed(4)} ms/claim)  ` +
      `account.me (${meStatements} statements, the session's) p50 ${p(0, 50).toFixed(2)} ms  ` +
      `p95 ${p(0, 95).toFixed(2)} ms → ` +
      `per-claim p95 is ${(perClaim(95) / p(0, 95)).toFixed(3)}× account.me's ` +
      `(the whole file's ${(p(1, 95) / p(0, 95)).toFixed(1)}×)`,
  );
  console.log(
    `budget: under ${BUDGET_MS_PER_CLAIM} ms per claim; p95 ${perClaim(95).toFixed(4)} ms/claim = ` +
      `${((perClaim(95) / BUDGET_MS_PER_CLAIM) * 100).toFixed(1)}% of it`,
  );

  // For scale, not budgeted: the statements' time, a few rounds of each on the timed client, each
  // after a vacuum (every scrub writes each claim anew; autovacuum would tidy them in time).
  const wall = async <T>(runs: number, work: () => Promise<T>, after?: (done: T) => unknown) => {
    const took: number[] = [];
    for (let run = 0; run <= runs; run++) {
      await db.execute(sql`vacuum analyze claims`);
      const started = performance.now();
      const done = await work();
      if (run > 0) took.push(performance.now() - started);
      await after?.(done);
    }
    return `p50 ${percentile(took, 50).toFixed(0)} ms  max ${Math.max(...took).toFixed(0)} ms`;
  };
  const scrubbing = await wall(10, () => scrubClaims(timed, ids, new Date()));
  const batching = await wall(
    10,
    () => batchOf(timed, ids),
    (batch) => unbatch(batch.id),
  );
  console.log(
    `\nfor scale (10 runs each after one, not budgeted): scrubClaims of ${CLAIMS} claims ${scrubbing}; ` +
      `claimBatch.create of ${CLAIMS} claims ${batching}`,
  );
} finally {
  await timed.close();
  await counted.close();
  await database.drop();
  await server.teardown();
}
