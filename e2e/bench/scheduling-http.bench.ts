import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import superjson from "superjson";

import { createDb, type Db } from "@carryover/db";
import { hashPassword } from "@carryover/db/password";
import {
  insertChild,
  insertMembership,
  insertUser,
  setChildTherapists,
  setLicenceStates,
} from "@carryover/db/queries";
import { appointments, availabilityRules, clinics, sessionTypes } from "@carryover/db/schema";
import { DEFAULT_SESSION_TYPES } from "@carryover/domain/scheduling";

import { benchServer } from "./server";

/**
 * Issue 3's HTTP figures, through the production server (`npm start`: Next.js for pages and routes,
 * tRPC's handler for calls, services, PostgreSQL): availability.slots for one therapist × one month on a clinic of 50 therapists with
 * 2,000 booked sessions, and booking.create with 20 concurrent clients (after a warm-up round at
 * that concurrency, printed but not counted). Baselines from the same run: /api/health (the cost of
 * the stack itself), booking.create from a single client, and account.me from the same 20 clients.
 */
const SERVER = benchServer(3790, "scheduling");
const BASE = SERVER.base;

const THERAPISTS = 50;
const APPOINTMENTS = 2_000;
const ZONE = "America/Chicago";
const PASSWORD = "bench-password-1";
const DAY = 86_400_000;

const p95 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
};
const median = (samples: number[]) =>
  [...samples].sort((a, b) => a - b)[samples.length >> 1] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;

type Bench = {
  adminEmail: string;
  coachingTypeId: string;
  therapists: { id: string; childId: string }[];
};

/** A clinic of 50 therapists (weekday hours, licensed in IL), a child each, and 2,000 sessions over 8 weeks. */
async function seedBenchClinic(db: Db, now: Date): Promise<Bench> {
  const passwordHash = await hashPassword(PASSWORD);
  return db.transaction(async (tx) => {
    const [clinic] = await tx
      .insert(clinics)
      .values({ name: "Bench Clinic", timeZone: ZONE })
      .returning({ id: clinics.id });
    if (!clinic) throw new Error("no clinic");
    const types = await tx
      .insert(sessionTypes)
      .values(DEFAULT_SESSION_TYPES.map((t) => ({ ...t, clinicId: clinic.id })))
      .returning({ id: sessionTypes.id, kind: sessionTypes.kind });
    const coaching = types.find((t) => t.kind === "coaching");
    if (!coaching) throw new Error("no coaching type");
    const adminEmail = "admin@bench.test";
    const adminId = await insertUser(tx, { email: adminEmail, name: "Bench Admin", passwordHash });
    await insertMembership(tx, { userId: adminId, clinicId: clinic.id, role: "admin" });
    const therapists: Bench["therapists"] = [];
    for (let i = 0; i < THERAPISTS; i++) {
      const id = await insertUser(tx, {
        email: `ot${i}@bench.test`,
        name: `Therapist ${i}`,
        passwordHash,
      });
      const membership = await insertMembership(tx, {
        userId: id,
        clinicId: clinic.id,
        role: "therapist",
      });
      await setLicenceStates(tx, membership, ["IL"]);
      await tx.insert(availabilityRules).values(
        [1, 2, 3, 4, 5].flatMap((weekday) => [
          { therapistId: id, clinicId: clinic.id, weekday, start: "08:00", end: "12:00" },
          { therapistId: id, clinicId: clinic.id, weekday, start: "13:00", end: "17:30" },
        ]),
      );
      const childId = await insertChild(tx, {
        clinicId: clinic.id,
        firstName: "Child",
        lastName: String(i),
        dateOfBirth: "2019-05-01",
        primaryTherapistId: id,
      });
      await setChildTherapists(tx, childId, id, []);
      therapists.push({ id, childId });
    }
    // 40 sessions per therapist, one a day from the day after tomorrow.
    const perTherapist = APPOINTMENTS / THERAPISTS;
    const start0 = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 2, 15);
    const rows = therapists.flatMap((t, i) =>
      Array.from({ length: perTherapist }, (_, k) => {
        const startsAt = new Date(start0 + k * DAY + (i % 3) * 3_600_000);
        return {
          clinicId: clinic.id,
          therapistId: t.id,
          sessionTypeId: coaching.id,
          startsAt,
          endsAt: new Date(+startsAt + 45 * 60_000),
          timeZone: ZONE,
          modality: "telehealth" as const,
          createdById: adminId,
        };
      }),
    );
    await tx.insert(appointments).values(rows);
    return { adminEmail, coachingTypeId: coaching.id, therapists };
  });
}

/**
 * One HTTP request over kept-alive connections. node:http rather than fetch: the load generator
 * shares the machine's two cores with the server and its database, and undici's fetch spends about
 * twice the CPU per request, which the server's figures would then carry.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function send(
  method: "GET" | "POST",
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; cookies: string[]; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${BASE}${path}`, { method, headers, agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, cookies: res.headers["set-cookie"] ?? [], text }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function signIn(email: string): Promise<string> {
  const response = await send(
    "POST",
    "/api/sign-in",
    { "content-type": "application/json" },
    JSON.stringify({ email, password: PASSWORD }),
  );
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return response.cookies.map((c) => c.split(";")[0]).join("; ");
}

async function trpc<T>(cookie: string, procedure: string, input: unknown, mutation = false) {
  const encoded = JSON.stringify(superjson.serialize(input));
  const response = mutation
    ? await send(
        "POST",
        `/api/trpc/${procedure}`,
        { cookie, "content-type": "application/json" },
        encoded,
      )
    : await send("GET", `/api/trpc/${procedure}?input=${encodeURIComponent(encoded)}`, { cookie });
  const body = JSON.parse(response.text) as { result?: { data: never }; error?: unknown };
  if (response.status !== 200 || !body.result)
    throw new Error(`${procedure} answered ${response.status}: ${JSON.stringify(body.error)}`);
  return superjson.deserialize<T>(body.result.data);
}

/**
 * CPU time (user + system, ms) the web server process has used so far: steadier than latency on a
 * shared machine, so it shows what a change saves. Linux only (/proc), like the machines here.
 */
function serverCpuMs(group: number): number {
  const pid = execFileSync("pgrep", ["-g", String(group), "-f", "^carryover-web"], {
    encoding: "utf8",
  })
    .trim()
    .split("\n")[0];
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

type Slots = { slots: { start: Date; end: Date }[] };

async function main() {
  const app = await SERVER.start();
  const db = createDb(SERVER.databaseUrl, { max: 2 });
  try {
    const now = new Date();
    const bench = await seedBenchClinic(db, now);
    const cookie = await signIn(bench.adminEmail);
    const monthFrom = new Date(+now + DAY);
    const monthTo = new Date(+monthFrom + 30 * DAY);
    const slotsOf = (therapistId: string, from = monthFrom, to = monthTo) =>
      trpc<Slots>(cookie, "availability.slots", {
        therapistId,
        sessionTypeId: bench.coachingTypeId,
        from,
        to,
      });

    for (let i = 0; i < 10; i++) await slotsOf(bench.therapists[i % THERAPISTS]?.id ?? "");

    const health: number[] = [];
    for (let i = 0; i < 100; i++)
      health.push((await timed(() => send("GET", "/api/health", {})))[0]);

    const slotTimes: number[] = [];
    let slotCount = 0;
    for (let i = 0; i < 100; i++) {
      const [elapsed, result] = await timed(() =>
        slotsOf(bench.therapists[i % THERAPISTS]?.id ?? ""),
      );
      slotTimes.push(elapsed);
      slotCount = result.slots.length;
    }

    // Each client books its own therapist's open times (no two clients want the same time).
    const openTimes = await Promise.all(
      bench.therapists.slice(0, 21).map(async (t) => (await slotsOf(t.id)).slots),
    );
    const book = (client: number, k: number) => {
      const therapist = bench.therapists[client];
      const slot = openTimes[client]?.[k * 4];
      if (!therapist || !slot) throw new Error("not enough open times to book");
      return (c: string) =>
        trpc(
          c,
          "booking.create",
          {
            childId: therapist.childId,
            therapistId: therapist.id,
            sessionTypeId: bench.coachingTypeId,
            start: slot.start,
            childLocationState: "IL",
            idempotencyKey: `bench-${client}-${k}`,
          },
          true,
        );
    };

    const single: number[] = [];
    for (let k = 0; k < 20; k++) single.push((await timed(() => book(20, k)(cookie)))[0]);

    const CLIENTS = 20;
    const PER_CLIENT = 25;
    // Unmeasured rounds at the same concurrency first: the pool opens its connections and each
    // prepares its statements, and V8 optimizes the path, as on a server that has been running.
    const WARM_UP = 5;
    const cookies = await Promise.all(
      Array.from({ length: CLIENTS }, () => signIn(bench.adminEmail)),
    );
    /** Each client runs its requests one after another, all clients at once; the latencies. */
    const underLoad = async (
      from: number,
      to: number,
      run: (c: string, client: number, k: number) => Promise<unknown>,
    ) => {
      const latencies: number[] = [];
      await Promise.all(
        cookies.map(async (c, client) => {
          for (let k = from; k < to; k++) latencies.push((await timed(() => run(c, client, k)))[0]);
        }),
      );
      return latencies;
    };
    // The same 20 clients asking who they are: the stack and the session check, without a booking.
    const me = (c: string) => trpc(c, "account.me", undefined);
    await underLoad(0, WARM_UP, me);
    const meConcurrent = await underLoad(0, PER_CLIENT, me);
    const bookAs = (c: string, client: number, k: number) => book(client, k)(c);
    const coldStart = await underLoad(0, WARM_UP, bookAs);
    const cpuBefore = serverCpuMs(app.pid ?? 0);
    const concurrent = await underLoad(WARM_UP, WARM_UP + PER_CLIENT, bookAs);

    const cpuPerBooking = (serverCpuMs(app.pid ?? 0) - cpuBefore) / concurrent.length;
    console.info(
      "\nScheduling through the full HTTP stack (production build, embedded PostgreSQL 17)",
    );
    console.info(
      `  baseline GET /api/health            p50 ${ms(median(health))}  p95 ${ms(p95(health))}  (100 requests)`,
    );
    console.info(
      `  availability.slots, 1 therapist × 30 days of 50 (2,000 sessions booked): p50 ${ms(median(slotTimes))}  p95 ${ms(p95(slotTimes))}  (100 requests, ${slotCount} open times each)  target p95 ≤ 150 ms`,
    );
    console.info(
      `  baseline booking.create, 1 client   p50 ${ms(median(single))}  p95 ${ms(p95(single))}  (20 bookings)`,
    );
    console.info(
      `  baseline account.me, ${CLIENTS} concurrent clients p50 ${ms(median(meConcurrent))}  p95 ${ms(p95(meConcurrent))}  (${meConcurrent.length} requests)`,
    );
    console.info(
      `  booking.create, ${CLIENTS} concurrent clients, warm-up (first ${coldStart.length}, not counted) p50 ${ms(median(coldStart))}  p95 ${ms(p95(coldStart))}`,
    );
    console.info(
      `  booking.create, ${CLIENTS} concurrent clients p50 ${ms(median(concurrent))}  p95 ${ms(p95(concurrent))}  (${concurrent.length} bookings)  target p95 ≤ 150 ms`,
    );
    console.info(`    server CPU per booking under that load: ${ms(cpuPerBooking)}`);
  } finally {
    await db.close();
    agent.destroy();
    await SERVER.stop(app);
  }
}

await main();
