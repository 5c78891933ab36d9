import { randomBytes } from "node:crypto";

import { insertMembership, insertUser } from "@carryover/db/queries";
import { clinics } from "@carryover/db/schema";
import { createTestDatabase, startTestServer } from "@carryover/db/testing";

import type { RequestMeta, ServiceDeps } from "../src/context";
import { requestPasswordReset } from "../src/identity/request-password-reset";
import { sendPasswordReset } from "../src/identity/send-password-reset";
import { createPgBossJobs } from "../src/ports/jobs";
import { createPostgresRateLimits } from "../src/ports/rate-limits";
import { testDeps } from "../src/testing/test-context";
import { benchDatabaseUrl } from "./bench-env";

/**
 * Issue 16, defect 8: how long a password reset request takes for an email with an account and for
 * one without. Baseline from the same run: the work done on the request path, as before the fix
 * (lookup, token, audit and mail: what the job does now). Then the request as it is: two rate-limit
 * counters and the job enqueued (pg-boss, in the same database). BENCH_DATABASE_URL picks a server;
 * otherwise an embedded PostgreSQL starts.
 */
const ROUNDS = 200;
const WARM_UP = 20;

const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[samples.length >> 1] ?? NaN;

async function knownEmails(deps: ServiceDeps, count: number) {
  const [clinic] = await deps.db.select({ id: clinics.id }).from(clinics).limit(1);
  if (!clinic) throw new Error("no clinic seeded");
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `bench.guardian.${i}@example.com`;
    const userId = await insertUser(deps.db, { email, name: "Bench Guardian", passwordHash: "x" });
    await insertMembership(deps.db, { clinicId: clinic.id, userId, role: "guardian" });
    emails.push(email);
  }
  return emails;
}

let address = 0;
const meta = (): RequestMeta => ({
  requestId: randomBytes(8).toString("hex"),
  ip: `10.${(++address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
});

/** Alternates known and unknown emails, so both see the same machine; the first rounds are not counted. */
async function measure(label: string, ask: (email: string) => Promise<unknown>, known: string[]) {
  const times = { known: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < ROUNDS + WARM_UP; i++) {
    for (const kind of ["known", "unknown"] as const) {
      const email =
        kind === "known"
          ? (known[i] ?? "")
          : `nobody.${randomBytes(6).toString("hex")}@example.com`;
      const started = performance.now();
      await ask(email);
      if (i >= WARM_UP) times[kind].push(performance.now() - started);
    }
  }
  const [k, u] = [median(times.known), median(times.unknown)];
  console.log(
    `${label.padEnd(46)} known ${k.toFixed(2)} ms   unknown ${u.toFixed(2)} ms   known/unknown ${(k / u).toFixed(2)}`,
  );
}

const server = await startTestServer(benchDatabaseUrl());
const database = await createTestDatabase(server);
const jobs = createPgBossJobs({ databaseUrl: database.url, max: 2, supervise: false });
try {
  const deps: ServiceDeps = {
    ...testDeps(database.db, () => new Date(), jobs),
    rateLimits: createPostgresRateLimits(database.db),
  };
  await jobs.enqueue([]); // pg-boss creates its schema and queues here, not in the first request
  const known = await knownEmails(deps, 2 * (ROUNDS + WARM_UP));
  console.log(
    `password reset requests, medians of ${ROUNDS} each (after ${WARM_UP} warm-up rounds):`,
  );
  await measure(
    "baseline: the work on the request path",
    (email) => sendPasswordReset(deps, { email, meta: meta() }),
    known.slice(0, ROUNDS + WARM_UP),
  );
  await measure(
    "now: limits counted and a job enqueued",
    (email) => requestPasswordReset(deps, meta(), { email }),
    known.slice(ROUNDS + WARM_UP),
  );
} finally {
  await jobs.stop();
  await database.drop();
  await server.teardown();
}
