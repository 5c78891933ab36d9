import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type Db } from "@carryover/db";
import { appointments, children, clinics, practiceLogs, sessionTypes } from "@carryover/db/schema";
import { seedDemo } from "@carryover/db/seed";
import {
  migrateDatabase,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "@carryover/db/server";

import type { ServiceDeps } from "../context";
import type { AuthSession } from "../identity/resolve-auth-session";
import { HEAVY_WORK } from "../testing/activities";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

type Session = AuthSession;
type Outcome = { kind: "booking" | "practice"; result: "ok" | "503"; id?: string };

const CLIENTS = 20;
const CALLS_PER_CLIENT = 6;
const DAY = 86_400_000;

const dataDir = mkdtempSync(path.join(tmpdir(), "carryover-restart-"));
let server: EmbeddedDatabase;
let port: number;
let db: Db;
let deps: ServiceDeps;
let admin: Session;
let johnson: Session;
let booking: { childId: string; therapistId: string; sessionTypeId: string };
let activityId: string;
/** Start times that do not overlap, one per booking call, so no booking meets a conflict. */
let starts: Date[];

beforeAll(async () => {
  server = await startEmbeddedPostgres(path.join(dataDir, "data"));
  port = Number(new URL(server.url).port);
  await migrateDatabase(server.url);
  db = createDb(server.url, { max: 10, connectTimeoutSeconds: 2 });
  await seedDemo(db);
  deps = testDeps(db);
  admin = await signInAs(deps, "admin@maplegrove.test");
  johnson = await signInAs(deps, "parent.johnson@maplegrove.test");
  const rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(eq(children.firstName, "Maya"));
  const [coaching] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(and(eq(clinics.id, admin.actor.clinicId), eq(sessionTypes.kind, "coaching")));
  if (!maya || !coaching) throw new Error("the demo clinic is not seeded");
  booking = { childId: maya.id, therapistId: rivera.actor.userId, sessionTypeId: coaching.id };
  activityId = (
    await callerFor(deps, rivera).activity.create({ childId: maya.id, activity: HEAVY_WORK })
  ).activityId;
  const { slots } = await callerFor(deps, admin).availability.slots({
    therapistId: booking.therapistId,
    sessionTypeId: booking.sessionTypeId,
    from: new Date(Date.now() + 2 * DAY),
    to: new Date(Date.now() + 30 * DAY),
  });
  starts = [];
  for (const slot of slots)
    if (starts.length === 0 || +slot.start >= +(starts.at(-1) ?? 0) + 60 * 60_000)
      starts.push(slot.start);
}, 120_000);

afterAll(async () => {
  await db?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** One call: success with the id it acknowledged, a 503, or anything else (which fails the test). */
async function attempt(kind: Outcome["kind"], call: () => Promise<string>): Promise<Outcome> {
  try {
    return { kind, result: "ok", id: await call() };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "SERVICE_UNAVAILABLE") {
      expect(error.message).toBe(
        "Carryover can't reach its database just now. Please try again in a moment.",
      );
      return { kind, result: "503" };
    }
    throw error;
  }
}

let nextStart = 0;
let practice = 0;
const book = () =>
  attempt("booking", async () => {
    const start = starts[nextStart++];
    if (!start) throw new Error("ran out of open times");
    const booked = await callerFor(deps, admin).booking.create({
      ...booking,
      start,
      childLocationState: "IL",
      idempotencyKey: `restart-${start.toISOString()}`,
    });
    return booked.appointmentId;
  });
const logPractice = () =>
  attempt("practice", async () => {
    const n = practice++;
    const logged = await callerFor(deps, johnson).practice.log({
      childId: booking.childId,
      activityId,
      clientKey: `restart-practice-${n}`,
      practisedOn: new Date(Date.now() - (n % 20) * DAY).toISOString().slice(0, 10),
      entry: { kind: "sensory_diet", outcome: "done" },
    });
    return logged.logId;
  });

/** A family's client: books or logs practice, a call every 100 ms or so. */
async function client(index: number, calls: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < calls; i++) {
    outcomes.push(await (index % 2 === 0 ? book() : logPractice()));
    await new Promise((resolve) => setTimeout(resolve, 80 + Math.random() * 60));
  }
  return outcomes;
}

describe("the database restarted in the middle of traffic", () => {
  it("answers every call with success or a clear 503, loses no acknowledged write, and recovers without a restart", async () => {
    expect(starts.length).toBeGreaterThanOrEqual(CLIENTS * CALLS_PER_CLIENT);
    const traffic = Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => client(i, CALLS_PER_CLIENT)),
    );
    await new Promise((resolve) => setTimeout(resolve, 250));
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, 400));
    server = await startEmbeddedPostgres(path.join(dataDir, "data"), { port });
    const during = (await traffic).flat();
    const after = (
      await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i, 1)))
    ).flat();

    const all = [...during, ...after];
    const acknowledged = all.filter((o) => o.result === "ok");
    const ids = (kind: Outcome["kind"]) =>
      acknowledged.filter((o) => o.kind === kind).map((o) => o.id ?? "");
    const present =
      (
        await db
          .select({ id: appointments.id })
          .from(appointments)
          .where(inArray(appointments.id, ids("booking")))
      ).length +
      (
        await db
          .select({ id: practiceLogs.id })
          .from(practiceLogs)
          .where(inArray(practiceLogs.id, ids("practice")))
      ).length;
    const counts = {
      requests: all.length,
      successes: acknowledged.length,
      unavailable: all.filter((o) => o.result === "503").length,
      writesVerifiedPresent: present,
    };
    console.info(`[database restart] ${JSON.stringify(counts)}`);

    expect(counts.requests).toBe(CLIENTS * (CALLS_PER_CLIENT + 1));
    expect(counts.unavailable).toBeGreaterThan(0);
    expect(counts.successes + counts.unavailable).toBe(counts.requests);
    expect(present).toBe(acknowledged.length);
    expect(after.every((o) => o.result === "ok")).toBe(true);
  }, 60_000);
});
