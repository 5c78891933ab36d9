import { and, asc, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  auditEvents,
  children,
  homePrograms,
  mailOutbox,
  programActivities,
  users,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { ServiceDeps } from "../context";
import type { AuthSession } from "../identity/resolve-auth-session";
import { createPgBossJobs, type JobRunner } from "../ports/jobs";
import { createMemoryJobs } from "../testing/memory-jobs";
import { callerFor, signInAs, TEST_APP_URL, testDeps } from "../testing/test-context";
import { regulationReminderJob, RegulationReminderJob } from "./regulation-reminder";
import { startRegulationReminderWorker } from "./regulation-reminder-worker";
import { sendRegulationReminder } from "./send-regulation-reminder";
import { sweepRegulationReminders } from "./sweep-regulation-reminders";

const { db, url } = await useTestDatabase();

type Session = AuthSession;
const MINUTE = 60_000;
let clock = new Date("2027-01-18T21:25:00Z");
const now = () => clock;

const runners: JobRunner[] = [];
const workerDeps = (jobs: JobRunner): ServiceDeps => ({ ...testDeps(db, now), jobs });
/** A pg-boss instance on the test database with the reminder worker running, as in a server process. */
async function startWorker() {
  const runner = createPgBossJobs({ databaseUrl: url, max: 3, pollingIntervalSeconds: 0.5 });
  runners.push(runner);
  await startRegulationReminderWorker(runner, workerDeps(runner));
  return runner;
}
let worker: JobRunner;

type QueuedReminder = {
  id: string;
  state: string;
  startAfter: Date;
  guardianId: string;
  startsAt: string;
  data: Record<string, unknown>;
};
/** The reminder emails queued for one activity, by guardian. */
async function queuedFor(activityId: string): Promise<QueuedReminder[]> {
  const rows = await db.execute<{
    id: string;
    state: string;
    start_after: Date | string;
    data: Record<string, unknown>;
  }>(
    sql`select id, state, start_after, data from pgboss.job
        where name = 'regulation-reminder-send' and data->>'activityId' = ${activityId}
        order by data->>'guardianId', data->>'startsAt'`,
  );
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    startAfter: new Date(r.start_after),
    guardianId: String(r.data.guardianId),
    startsAt: String(r.data.startsAt),
    data: r.data,
  }));
}

/** Time passes: every queued reminder email becomes due now (by the database's clock). */
async function releaseQueued() {
  await db.execute(
    sql`update pgboss.job set start_after = now()
        where name = 'regulation-reminder-send' and state in ('created', 'retry')`,
  );
}

/** Waits until no job that is due (by the database's clock) is waiting or running. */
async function drain() {
  for (let i = 0; i < 120; i += 1) {
    const rows = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now()`,
    );
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("jobs did not finish within 30 s");
}

const outbox = (subject: string) =>
  db
    .select({ to: mailOutbox.to, subject: mailOutbox.subject, text: mailOutbox.text })
    .from(mailOutbox)
    .where(like(mailOutbox.subject, subject))
    .orderBy(asc(mailOutbox.to));

async function sensoryDietOf(firstName: string) {
  const [row] = await db
    .select({ id: programActivities.id, version: programActivities.version })
    .from(programActivities)
    .innerJoin(homePrograms, eq(homePrograms.id, programActivities.programId))
    .innerJoin(children, eq(children.id, homePrograms.childId))
    .where(and(eq(children.firstName, firstName), eq(programActivities.kind, "sensory_diet")));
  if (!row) throw new Error(`${firstName} has no sensory diet in the seed`);
  return row;
}

const userId = async (email: string) => {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id ?? "";
};

let rivera: Session;
/** Maya (Chicago): "Heavy work when you get home", 16:00 after school, 20 minutes' lead, 8 minutes. */
let mayaDiet: string;
/** Sofia (Chicago): "Crunchy, chewy snack before homework", 16:30, 15 minutes' lead, 6 minutes. */
let sofiaDiet: string;
/** Noah (Los Angeles): "Morning wake-up movement", 07:20 getting dressed, 15 minutes' lead. */
let noahDiet: string;
let jordanId: string;
let patriciaId: string;
let luciaId: string;
let graceId: string;

beforeAll(async () => {
  worker = await startWorker();
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  mayaDiet = (await sensoryDietOf("Maya")).id;
  sofiaDiet = (await sensoryDietOf("Sofia")).id;
  noahDiet = (await sensoryDietOf("Noah")).id;
  jordanId = await userId("parent.johnson@maplegrove.test");
  patriciaId = await userId("grandma.johnson@maplegrove.test");
  luciaId = await userId("parent.garcia@maplegrove.test");
  graceId = await userId("parent.lee@harborkids.test");
});

afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
});

describe("sensory-diet reminders", () => {
  it("queues each guardian's email once, ten minutes before the block in the clinic's zone, however often and wherever it sweeps", async () => {
    // Monday 18 January 2027, 15:25 in Chicago (CST, UTC−6): Maya's block starts 15:40.
    clock = new Date("2027-01-18T21:25:00Z");
    const second = await startWorker();
    const first = await sweepRegulationReminders({ db, jobs: worker, now });
    expect(first.enqueued).toBeGreaterThanOrEqual(2);
    const queued = await queuedFor(mayaDiet);
    await sweepRegulationReminders({ db, jobs: worker, now });
    await sweepRegulationReminders({ db, jobs: second, now });
    clock = new Date(+clock + 5 * MINUTE); // the next tick, whose window overlaps
    await sweepRegulationReminders({ db, jobs: second, now });

    expect(await queuedFor(mayaDiet)).toEqual(queued);
    expect(queued.map((q) => q.guardianId).sort()).toEqual([jordanId, patriciaId].sort());
    for (const q of queued) {
      expect(q.startAfter.toISOString()).toBe("2027-01-18T21:30:00.000Z");
      expect(q.data).toMatchObject({
        date: "2027-01-18",
        momentTime: "16:00",
        startsAt: "2027-01-18T21:40:00.000Z",
      });
    }
    // Sofia's homework block (16:15) and Noah's morning one are not due in this window.
    expect(await queuedFor(sofiaDiet)).toEqual([]);
    expect(await queuedFor(noahDiet)).toEqual([]);
  });

  it("emails each of the child's guardians once when it falls due, naming the child by first name only", async () => {
    // Patricia reads a 24-hour clock; Jordan keeps the clinic's 12-hour one.
    await db
      .update(users)
      .set({ timeFormat: "24h" })
      .where(eq(users.email, "grandma.johnson@maplegrove.test"));
    clock = new Date("2027-01-18T21:30:00Z");
    await releaseQueued();
    await drain();
    const mail = await outbox("Calming time before after-school jobs and homework, starting at %");
    expect(mail.map((m) => m.subject)).toEqual([
      "Calming time before after-school jobs and homework, starting at 15:40",
      "Calming time before after-school jobs and homework, starting at 3:40 PM",
    ]);
    expect(mail[0]?.text).toContain("(16:00): start at 15:40, for 8 minutes.");
    const [maya] = await db.select().from(children).where(eq(children.firstName, "Maya"));
    expect(mail.map((m) => m.to)).toEqual([
      "grandma.johnson@maplegrove.test",
      "parent.johnson@maplegrove.test",
    ]);
    expect(mail[1]?.text).toContain("Hello Jordan,");
    expect(mail[0]?.text).toContain("Hello Patricia,");
    expect(mail[1]?.text).toContain(
      "Calming time before after-school jobs and homework (4:00 PM): start at 3:40 PM, for 8 minutes.",
    );
    expect(mail[1]?.text).toContain(
      "Ideas: carry the backpack and groceries in from the car, ten wall push-ups, push a laundry basket full of books down the hall or another idea from the menu.",
    );
    expect(mail[1]?.text).toContain(`Maya's day: ${TEST_APP_URL}/family/today?child=${maya?.id}`);
    expect(mail[1]?.text).toContain("Maple Grove Pediatric Therapy");
    expect(mail.every((m) => !m.text.includes("Johnson") && !m.subject.includes("Maya"))).toBe(
      true,
    );

    // A retry of the same job, and the same reminder queued again under another key: nothing more.
    const [queued] = await queuedFor(mayaDiet);
    expect(await sendRegulationReminder(workerDeps(worker), queued?.data, "retry")).toEqual({
      sent: false,
      reason: "ALREADY_SENT",
    });
    await worker.enqueue([
      {
        ...regulationReminderJob(RegulationReminderJob.parse(queued?.data), clock),
        key: "requeued-after-archive",
      },
    ]);
    await drain();
    expect(
      await outbox("Calming time before after-school jobs and homework, starting at %"),
    ).toHaveLength(2);

    const audited = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "program.regulation_reminder"),
          eq(auditEvents.entityId, maya?.id ?? ""),
        ),
      );
    expect(audited).toHaveLength(2);
    expect(audited.every((a) => a.actorId === null && a.entityType === "child")).toBe(true);
  });

  it("uses the clinic's own zone: Noah's 07:05 block in Los Angeles", async () => {
    // 06:50 in Los Angeles (PST, UTC−8) is 08:50 in Chicago: only Noah's morning block is near.
    clock = new Date("2027-01-18T14:50:00Z");
    const jobs = createMemoryJobs();
    await sweepRegulationReminders({ db, jobs, now });
    expect(jobs.requests.map((r) => r.data)).toEqual([
      {
        activityId: noahDiet,
        guardianId: graceId,
        date: "2027-01-18",
        momentTime: "07:20",
        startsAt: "2027-01-18T15:05:00.000Z",
      },
    ]);
    expect(jobs.requests[0]?.startAfter).toEqual(new Date("2027-01-18T14:55:00Z"));

    clock = new Date("2027-01-18T14:55:00Z");
    const deps = testDeps(db, now);
    expect(await sendRegulationReminder(deps, jobs.requests[0]?.data, "noah")).toEqual({
      sent: true,
    });
    const [mail] = await outbox("% before getting dressed, starting at 7:05 AM");
    expect(mail?.to).toBe("parent.lee@harborkids.test");
    expect(mail?.text).toContain(
      "before getting dressed (7:20 AM): start at 7:05 AM, for 6 minutes.",
    );
  });

  it("follows a moved moment and sends nothing for a paused activity", async () => {
    // 16:00 in Chicago: Sofia's email for her 16:15 block (homework at 16:30) is queued.
    clock = new Date("2027-01-18T22:00:00Z");
    await sweepRegulationReminders({ db, jobs: worker, now });
    const [queued] = await queuedFor(sofiaDiet);
    expect(queued).toMatchObject({ guardianId: luciaId, startsAt: "2027-01-18T22:15:00.000Z" });

    // The therapist moves homework to 17:00: the queued email is for a block that no longer exists.
    const therapist = callerFor(testDeps(db, now), rivera);
    const { program } = await therapist.program.get({
      childId:
        (await db.select().from(children).where(eq(children.firstName, "Sofia")))[0]?.id ?? "",
    });
    const activity = program?.activities.find((a) => a.id === sofiaDiet);
    if (activity?.structure.kind !== "sensory_diet") throw new Error("expected Sofia's diet");
    const moved = await therapist.activity.update({
      activityId: sofiaDiet,
      expectedVersion: activity.version,
      structure: { ...activity.structure, moments: [{ time: "17:00", label: "Homework" }] },
    });
    clock = new Date("2027-01-18T22:05:00Z");
    expect(await sendRegulationReminder(testDeps(db, now), queued?.data, "moved")).toEqual({
      sent: false,
      reason: "MOMENT_CHANGED",
    });
    const jobs = createMemoryJobs();
    clock = new Date("2027-01-18T22:30:00Z");
    await sweepRegulationReminders({ db, jobs, now });
    const atNewTime = jobs.requests.filter((r) => r.data.activityId === sofiaDiet);
    expect(atNewTime.map((r) => r.data.startsAt)).toEqual(["2027-01-18T22:45:00.000Z"]);

    // Paused before its email goes out: the sweep queues nothing and the queued email sends nothing.
    await worker.enqueue(atNewTime);
    await therapist.activity.update({
      activityId: sofiaDiet,
      expectedVersion: moved.version,
      status: "paused",
    });
    const afterPause = createMemoryJobs();
    await sweepRegulationReminders({ db, jobs: afterPause, now });
    expect(afterPause.requests.filter((r) => r.data.activityId === sofiaDiet)).toEqual([]);
    clock = new Date("2027-01-18T22:35:00Z");
    await releaseQueued();
    await drain();
    expect((await queuedFor(sofiaDiet)).map((q) => q.state)).toEqual(["completed", "completed"]);
    expect(await outbox("% before homework, %")).toEqual([]);
    expect(await sendRegulationReminder(testDeps(db, now), atNewTime[0]?.data, "paused")).toEqual({
      sent: false,
      reason: "NOT_ACTIVE",
    });
  });

  it("does not send an email for a block that is already over", async () => {
    clock = new Date("2027-01-19T15:11:00Z"); // Tuesday, 07:11 in Los Angeles: Noah's block ended
    const data = {
      activityId: noahDiet,
      guardianId: graceId,
      date: "2027-01-19",
      momentTime: "07:20",
      startsAt: "2027-01-19T15:05:00.000Z",
    };
    expect(await sendRegulationReminder(testDeps(db, now), data, "late")).toEqual({
      sent: false,
      reason: "TOO_LATE",
    });
    clock = new Date("2027-01-19T15:10:00Z");
    expect(await sendRegulationReminder(testDeps(db, now), data, "just-in-time")).toEqual({
      sent: true,
    });
  });
});
