import { sql } from "drizzle-orm";

import { createDb, type Db } from "@carryover/db";
import { createTestDatabase, startTestServer } from "@carryover/db/testing";
import {
  adjustment,
  paymentFor,
  write835,
  type ClaimPayment,
  type Remittance,
} from "@carryover/domain/billing";

import { resolveAuthSession } from "../src/identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../src/testing/test-context";
import { benchDatabaseUrl, percentile } from "./bench-env";

/**
 * Issue 20: importing an 835 of 2,000 claim payments. Maple Grove's first accepted Blue Prairie PPO
 * claim is copied to 2,000 sent claims of 40 children like its child; a remittance pays most of
 * them (less the contracted rate and a copay), part-pays some and denies some. Counted: the SQL
 * statements of era.import for 100, 500 and 2,000 claim payments, so a fixed number per 100 shows.
 * Timed: era.import of the 2,000 (parsing the file included), per claim payment, against
 * account.me in the same run.
 */
const CHILDREN = 40;
const PAYMENTS = 2_000;
const SIZES = [100, 500, PAYMENTS];
const IMPORT_ROUNDS = 10;
const ME_ROUNDS = 400;

const server = await startTestServer(benchDatabaseUrl());
const database = await createTestDatabase(server);
const { db } = database;
const timed = createDb(database.url, { max: 1 });
let statements = 0;
const counted = createDb(database.url, { max: 1, onQuery: () => void statements++ });
await counted.execute(sql`select 1`);

type SentClaim = Parameters<typeof paymentFor>[0];

/** 2,000 sent claims, copied from the demo's first accepted Blue Prairie PPO claim. */
async function benchClaims(q: Db) {
  const [demo] = await q.execute<{ claimId: string; childId: string; clinicId: string }>(sql`
    select c.id as "claimId", c.child_id as "childId", c.clinic_id as "clinicId"
    from claims c join payers p on p.id = c.payer_id join clinics k on k.id = c.clinic_id
    where k.name = 'Maple Grove Pediatric Therapy' and p.name = 'Blue Prairie PPO'
      and c.status in ('accepted', 'paid')
    order by c.number limit 1`);
  if (!demo) throw new Error("the demo has no sent Blue Prairie PPO claim at Maple Grove");
  const copy = (table: string, changes: ReturnType<typeof sql>) =>
    sql`(jsonb_populate_record(null::${sql.raw(table)}, to_jsonb(o) || jsonb_build_object(${changes}))).*`;
  await q.execute(sql`
    insert into children
    select ${copy("children", sql`'id', gen_random_uuid(), 'last_name', 'Bench ' || lpad(i::text, 2, '0')`)}
    from children o, generate_series(1, ${CHILDREN}) i where o.id = ${demo.childId}`);
  await q.execute(sql`
    insert into claims
    select ${copy("claims", sql`'id', gen_random_uuid(), 'number', nextval('claim_numbers'), 'child_id', b.id, 'status', 'accepted'`)}
    from claims o
    join children b on b.clinic_id = ${demo.clinicId} and b.last_name like 'Bench %'
    cross join generate_series(1, ${PAYMENTS / CHILDREN})
    where o.id = ${demo.claimId}`);
  return q.execute<SentClaim & { totalCents: number }>(sql`
    select c.number::int as "number", c.service_on::text as "serviceOn", c.lines,
      c.total_cents as "totalCents"
    from claims c join children b on b.id = c.child_id
    where b.last_name like 'Bench %' order by c.number`);
}

/** Most paid less the contracted rate and a copay, one in ten partly paid, one in ten denied. */
function paymentOf(claim: SentClaim, index: number): ClaimPayment {
  if (index % 10 === 9) return paymentFor(claim, "4", (cents) => [adjustment("CO", "197", cents)]);
  if (index % 10 === 8)
    return paymentFor(claim, "1", (cents) => [adjustment("PR", "1", Math.round(cents / 2))]);
  return paymentFor(claim, "1", (cents, line) => [
    adjustment("CO", "45", Math.round(cents / 5)),
    ...(line === 0 ? [adjustment("PR", "3", Math.min(2_000, Math.round(cents / 2)))] : []),
  ]);
}

let trace = 0;
/** An 835 paying these claims, its trace number new each time (a new file, not the same twice). */
function fileOf(claims: SentClaim[]) {
  const payments = claims.map(paymentOf);
  const remittance: Remittance = {
    payer: { name: "Blue Prairie PPO", id: null },
    payee: { name: "Maple Grove Pediatric Therapy", npi: "1234567893" },
    paymentCents: payments.reduce((sum, p) => sum + p.paidCents, 0),
    method: "ACH",
    paidOn: "2026-12-01",
    traceNumber: `BENCH${++trace}`,
    claims: payments,
    providerAdjustments: [],
  };
  return write835({ ...remittance, interchangeControlNumber: trace, createdOn: "2026-12-01" });
}

console.log(
  `Issue 20: importing an 835 of ${PAYMENTS} claim payments. Counted: the SQL statements of ` +
    `era.import for ${SIZES.join(", ")} claim payments (a fixed number per 100, none per claim). ` +
    `Timed: era.import of ${PAYMENTS}, per claim payment, beside account.me in the same run.\n`,
);
try {
  const claims = await benchClaims(db);
  if (claims.length !== PAYMENTS) throw new Error(`${claims.length} claims, not ${PAYMENTS}`);
  const session = await signInAs(testDeps(db), "admin@maplegrove.test");
  const importOn = (q: Db, content: string) =>
    callerFor(testDeps(q), session).era.import({ fileName: "bench.835", content });
  const me = async () => {
    const resolved = await resolveAuthSession(testDeps(timed), session.actor.sessionId);
    if (!resolved.ok) throw new Error(`session ${resolved.reason}`);
    return callerFor(testDeps(timed), resolved).account.me();
  };

  const counts: number[] = [];
  for (const n of SIZES) {
    const content = fileOf(claims.slice(0, n));
    statements = 0;
    const done = await importOn(counted, content);
    counts.push(statements);
    if (done.posted !== n) throw new Error(`posted ${done.posted} of ${n}`);
  }
  const first = SIZES[0] ?? 0;
  const per100 = (((counts.at(-1) ?? 0) - (counts[0] ?? 0)) * 100) / (PAYMENTS - first);
  console.log(
    `statements of era.import  ` +
      SIZES.map((n, i) => `${n} payments: ${counts[i]}`).join("  ") +
      `  = ${((counts[0] ?? 0) - (per100 * first) / 100).toFixed(1)} + ${per100.toFixed(2)} per 100`,
  );

  const file = fileOf(claims);
  console.log(`the ${PAYMENTS}-payment file: ${(file.length / 1024).toFixed(0)} KB`);
  const imports: number[] = [];
  for (let round = 0; round <= IMPORT_ROUNDS; round++) {
    const content = fileOf(claims);
    const started = performance.now();
    await importOn(timed, content);
    if (round > 0) imports.push(performance.now() - started);
  }
  const mes: number[] = [];
  for (let round = 0; round <= ME_ROUNDS; round++) {
    const started = performance.now();
    await me();
    if (round > 0) mes.push(performance.now() - started);
  }
  const perPayment = (q: number) => percentile(imports, q) / PAYMENTS;
  const meP95 = percentile(mes, 95);
  console.log(
    `era.import of ${PAYMENTS}  p50 ${percentile(imports, 50).toFixed(0)} ms  p95 ` +
      `${percentile(imports, 95).toFixed(0)} ms (${IMPORT_ROUNDS} runs after one) → per claim ` +
      `payment p50 ${perPayment(50).toFixed(3)} ms  p95 ${perPayment(95).toFixed(3)} ms;  ` +
      `account.me p50 ${percentile(mes, 50).toFixed(2)} ms  p95 ${meP95.toFixed(2)} ms → ` +
      `per claim payment p95 is ${(perPayment(95) / meP95).toFixed(2)}× account.me's`,
  );
} finally {
  await timed.close();
  await counted.close();
  await database.drop();
  await server.teardown();
}
