import { and, asc, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Queryable } from "@carryover/db";
import {
  children,
  clinics,
  mailOutbox,
  notices,
  sessionTypes,
  users,
  waitlistEntries,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { ServiceDeps } from "../context";
import type { AuthSession } from "../identity/resolve-auth-session";
import { createPgBossJobs, type JobRunner } from "../ports/jobs";
import { callerFor, signInAs, TEST_APP_URL, testDeps } from "../testing/test-context";
import { noticeJob } from "./notice-jobs";
import { startNoticeWorker } from "./notice-worker";
import { sweepNotices } from "./sweep-notices";

const { db, url } = await useTestDatabase();

type Session = AuthSession;
const H = 3_600_000;
const MINUTE = 60_000;
let clock = new Date("2027-01-06T18:00:00Z"); // Wednesday noon in Chicago
const now = () => clock;
/** 08:00 in Chicago on Monday 11 January 2027, plus hours. */
const monday = (hours = 0) => new Date(+new Date("2027-01-11T14:00:00Z") + hours * H);

const runners: JobRunner[] = [];
const workerDeps = (jobs: JobRunner): ServiceDeps => ({ ...testDeps(db, now), jobs });
/** A pg-boss instance on the test database with the notice worker running, as in a server process. */
async function startWorker() {
  const runner = createPgBossJobs({ databaseUrl: url, max: 3, pollingIntervalSeconds: 0.5 });
  runners.push(runner);
  await startNoticeWorker(runner, workerDeps(runner));
  return runner;
}
let worker: JobRunner;
const deps = () => testDeps(db, now, worker);

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

let admin: Session;
let johnson: Session;
let garcia: Session;
let riveraId: string;
let clinicId: string;
let coachingId: string;
let groupTypeId: string;
let mayaId: string;
let sofiaId: string;

beforeAll(async () => {
  worker = await startWorker();
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  johnson = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  garcia = await signInAs(testDeps(db), "parent.garcia@maplegrove.test");
  riveraId = (await signInAs(testDeps(db), "ot.rivera@maplegrove.test")).actor.userId;
  const types = await db
    .select({ id: sessionTypes.id, kind: sessionTypes.kind, clinicId: clinics.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
  const kids = await db.select({ id: children.id, firstName: children.firstName }).from(children);
  coachingId = types.find((t) => t.kind === "coaching")?.id ?? "";
  groupTypeId = types.find((t) => t.kind === "group")?.id ?? "";
  clinicId = types[0]?.clinicId ?? "";
  mayaId = kids.find((k) => k.firstName === "Maya")?.id ?? "";
  sofiaId = kids.find((k) => k.firstName === "Sofia")?.id ?? "";
});

afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
});

const book = (start: Date, key: string) =>
  callerFor(deps(), johnson).booking.create({
    childId: mayaId,
    therapistId: riveraId,
    sessionTypeId: coachingId,
    start,
    childLocationState: "IL",
    idempotencyKey: key,
  });

/** A group of Alex Rivera's at `start` with every seat taken by a child of no family. */
async function fullGroup(start: Date) {
  const group = await callerFor(deps(), admin).group.create({
    therapistId: riveraId,
    sessionTypeId: groupTypeId,
    start,
    name: "Handwriting club",
  });
  const seated = await db
    .insert(children)
    .values(
      Array.from({ length: group.capacity }, (_, i) => ({
        clinicId,
        firstName: `Seated${i}`,
        lastName: "Group",
        dateOfBirth: "2019-05-05",
        primaryTherapistId: riveraId,
      })),
    )
    .returning({ id: children.id });
  for (const kid of seated) {
    await callerFor(deps(), admin).group.join({
      appointmentId: group.appointmentId,
      childId: kid.id,
      childLocationState: "IL",
    });
  }
  return { group, seated };
}

describe("notices", () => {
  it("queues a notice with the change that owes it: gone when that change rolls back", async () => {
    const job = noticeJob({
      kind: "cancellation",
      appointmentId: "00000000-0000-4000-8000-00000000abcd",
      start: monday(30),
    });
    const queued = async (q: Queryable = db) =>
      (
        await q.execute<{ n: number }>(
          sql`select count(*)::int as n from pgboss.job where data->>'appointmentId' = ${job.data.appointmentId}`,
        )
      )[0]?.n;
    await db
      .transaction(async (tx) => {
        await worker.enqueue([job], tx);
        expect(await queued(tx)).toBe(1);
        throw new Error("the change failed");
      })
      .catch(() => undefined);
    expect(await queued()).toBe(0);

    await db.transaction((tx) => worker.enqueue([job], tx));
    expect(await queued()).toBe(1);
  });

  it("confirms a booking to each of the child's guardians, in the outbox", async () => {
    clock = new Date("2027-01-06T18:00:00Z");
    await book(monday(), "notice-confirm-1");
    await drain();
    const mail = await outbox("Maya's session is booked for Monday, January 11 at 8:00 AM CST");
    expect(mail.map((m) => m.to)).toEqual([
      "grandma.johnson@maplegrove.test",
      "parent.johnson@maplegrove.test",
    ]);
    expect(mail[0]?.text).toContain("Hello Patricia,");
    expect(mail[0]?.text).toContain("with Alex Rivera");
    expect(mail[0]?.text).not.toContain("Johnson");
  });

  it("confirms a weekly series in one mail listing its dates, not one mail per session", async () => {
    clock = new Date("2027-01-06T18:00:00Z");
    const series = await callerFor(deps(), johnson).series.create({
      childId: mayaId,
      therapistId: riveraId,
      sessionTypeId: coachingId,
      childLocationState: "IL",
      firstDate: "2027-01-21",
      time: "15:00",
      intervalWeeks: 1,
      weekdays: [4],
      count: 3,
      mode: "all",
    });
    expect(series.booked).toHaveLength(3);
    await drain();
    const mail = await outbox("Maya's 3 sessions are booked");
    expect(mail.map((m) => m.to)).toEqual([
      "grandma.johnson@maplegrove.test",
      "parent.johnson@maplegrove.test",
    ]);
    expect(mail[0]?.text).toContain("- Thursday, January 21 at 3:00 PM CST");
    expect(mail[0]?.text).toContain("- Thursday, February 4 at 3:00 PM CST");
    expect(await outbox("Maya's session is booked for Thursday%")).toHaveLength(0);
  });

  it("sends each due reminder once when two workers process it, duplicates and all", async () => {
    clock = new Date("2027-01-06T18:00:00Z");
    const a = await book(monday(2), "notice-reminder-a");
    const b = await book(monday(3), "notice-reminder-b");
    await drain();
    const second = await startWorker();
    // 24 hours before the later session: both sessions' day-ahead reminders are due.
    clock = new Date(+monday(3) - 24 * H + MINUTE);
    const { enqueued } = await sweepNotices({ db, jobs: worker, now });
    expect(enqueued).toBeGreaterThanOrEqual(2);
    const owed = [a, b].map((s) => ({
      kind: "reminder" as const,
      appointmentId: s.appointmentId,
      start: s.start,
      offsetMinutes: 1440,
    }));
    // The same notices again under other job ids (as after pg-boss archived the first), through both instances.
    for (const [i, runner] of [worker, second, worker, second].entries()) {
      await runner.enqueue(
        owed.map((n) => ({ ...noticeJob(n), key: `duplicate-${i}-${n.appointmentId}` })),
      );
    }
    await drain();

    const reminders = await outbox("Reminder: Maya's session tomorrow, at %");
    expect(reminders).toHaveLength(4);
    expect(new Set(reminders.map((r) => r.to))).toEqual(
      new Set(["grandma.johnson@maplegrove.test", "parent.johnson@maplegrove.test"]),
    );
    const rows = await db.select().from(notices).where(eq(notices.kind, "reminder"));
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.appointmentId))).toEqual(
      new Set([a.appointmentId, b.appointmentId]),
    );
  });

  it("tells families of a cancellation and sends no reminder for the cancelled session", async () => {
    clock = new Date("2027-01-06T18:00:00Z");
    const booked = await book(monday(24), "notice-cancel");
    await drain();
    await callerFor(deps(), johnson).booking.cancel({
      appointmentId: booked.appointmentId,
      reason: "We are travelling",
    });
    await drain();
    expect(
      await outbox("Maya's session on Tuesday, January 12 at 8:00 AM CST is cancelled"),
    ).toHaveLength(2);

    clock = new Date(+booked.start - H + MINUTE);
    await sweepNotices({ db, jobs: worker, now });
    // A reminder enqueued before the cancellation, running after it.
    await worker.enqueue([
      noticeJob({
        kind: "reminder",
        appointmentId: booked.appointmentId,
        start: booked.start,
        offsetMinutes: 60,
      }),
    ]);
    await drain();
    const sent = await db
      .select()
      .from(notices)
      .where(eq(notices.appointmentId, booked.appointmentId));
    expect(sent.map((n) => n.kind).sort()).toEqual([
      "cancellation",
      "cancellation",
      "confirmation",
      "confirmation",
    ]);
  });

  it("apologises for the clinic's cancellation, with its reason and the clinic's phone", async () => {
    clock = new Date("2027-01-06T18:00:00Z");
    const booked = await book(monday(25), "notice-clinic-cancel");
    await drain();
    await callerFor(deps(), admin).booking.cancel({
      appointmentId: booked.appointmentId,
      reason: "Alex is unwell; we will call to rebook",
    });
    await drain();
    const sent = await outbox("Maya's session on Tuesday, January 12 at 9:00 AM CST is cancelled");
    expect(sent).toHaveLength(2);
    for (const mail of sent) {
      expect(mail.text).toContain(
        "We're sorry — Maple Grove Pediatric Therapy had to cancel Maya's session with Alex Rivera on Tuesday, January 12 at 9:00 AM CST.",
      );
      expect(mail.text).toContain("The reason given: Alex is unwell; we will call to rebook");
      expect(mail.text).toContain(
        "Questions? Call Maple Grove Pediatric Therapy at (555) 010-2000.",
      );
    }
  });

  it("sends a moved session's change notice and its reminder for the new time only", async () => {
    clock = new Date("2027-01-06T18:00:00Z");
    const booked = await book(monday(26), "notice-move");
    const newStart = monday(48); // Wednesday 8:00
    // Patricia reads a 24-hour clock; Jordan keeps the clinic's 12-hour one.
    await db
      .update(users)
      .set({ timeFormat: "24h" })
      .where(eq(users.email, "grandma.johnson@maplegrove.test"));
    await callerFor(deps(), admin).booking.reschedule({
      appointmentId: booked.appointmentId,
      start: newStart,
    });
    await drain();
    await db
      .update(users)
      .set({ timeFormat: null })
      .where(eq(users.email, "grandma.johnson@maplegrove.test"));
    const change = await outbox("Maya's session has moved to Wednesday, January 13 at %");
    expect(change.map((m) => [m.to, m.subject])).toEqual([
      [
        "grandma.johnson@maplegrove.test",
        "Maya's session has moved to Wednesday, January 13 at 08:00 CST",
      ],
      [
        "parent.johnson@maplegrove.test",
        "Maya's session has moved to Wednesday, January 13 at 8:00 AM CST",
      ],
    ]);
    expect(change[0]?.text).toContain("It was: Tuesday, January 12 at 10:00 CST");
    expect(change[1]?.text).toContain("It was: Tuesday, January 12 at 10:00 AM CST");
    expect(change[1]?.text.split("\n\n")).toHaveLength(6);

    // An hour before the old time: the reminder for it (enqueued before the move) sends nothing.
    clock = new Date(+booked.start - H + MINUTE);
    await worker.enqueue([
      noticeJob({
        kind: "reminder",
        appointmentId: booked.appointmentId,
        start: booked.start,
        offsetMinutes: 60,
      }),
    ]);
    await sweepNotices({ db, jobs: worker, now });
    await drain();
    const forOldTime = await db
      .select()
      .from(notices)
      .where(
        and(
          eq(notices.appointmentId, booked.appointmentId),
          like(notices.key, `reminder:%:${booked.start.toISOString()}:%`),
        ),
      );
    expect(forOldTime).toHaveLength(0);

    clock = new Date(+newStart - H + MINUTE);
    await sweepNotices({ db, jobs: worker, now });
    await drain();
    const reminders = await db
      .select({ key: notices.key })
      .from(notices)
      .where(and(eq(notices.appointmentId, booked.appointmentId), eq(notices.kind, "reminder")));
    // The day-ahead and the hour-ahead reminder of the new time, to each of Maya's two guardians.
    expect(reminders).toHaveLength(4);
    expect(reminders.every((r) => r.key.includes(newStart.toISOString()))).toBe(true);
  });

  it("offers a freed group seat to the first family, holds it, then passes it to the next", async () => {
    clock = new Date("2027-01-06T18:00:00Z");
    const { group, seated } = await fullGroup(new Date("2027-01-14T19:00:00Z")); // Thursday 1:00 PM in Chicago
    const place = { appointmentId: group.appointmentId, childLocationState: "IL" as const };
    expect(await callerFor(deps(), johnson).group.join({ ...place, childId: mayaId })).toEqual({
      status: "waitlisted",
      position: 1,
    });
    expect(await callerFor(deps(), garcia).group.join({ ...place, childId: sofiaId })).toEqual({
      status: "waitlisted",
      position: 2,
    });

    await callerFor(deps(), admin).group.leave({
      appointmentId: group.appointmentId,
      childId: seated[0]?.id ?? "",
    });
    await drain();
    const offer = await outbox(
      "A seat is free for Maya in the group session on Thursday, January 14 at 1:00 PM CST",
    );
    expect(offer.map((m) => m.to)).toEqual([
      "grandma.johnson@maplegrove.test",
      "parent.johnson@maplegrove.test",
    ]);
    expect(offer[0]?.text).toContain("until Wednesday, January 6 at 2:00 PM CST");
    expect(offer[0]?.text).toContain(`${TEST_APP_URL}/family/groups`);

    // Held: the next family and a newcomer stay on the list.
    expect(await callerFor(deps(), garcia).group.join({ ...place, childId: sofiaId })).toEqual({
      status: "waitlisted",
      position: 1,
    });
    const [newcomer] = await db
      .insert(children)
      .values({ clinicId, firstName: "Newcomer", lastName: "Group", dateOfBirth: "2019-05-05" })
      .returning({ id: children.id });
    expect(
      await callerFor(deps(), admin).group.join({ ...place, childId: newcomer?.id ?? "" }),
    ).toEqual({ status: "waitlisted", position: 2 });

    // Two hours on, unanswered: the offer runs out and Sofia's family gets it.
    clock = new Date(+clock + 2 * H + MINUTE);
    await sweepNotices({ db, jobs: worker, now });
    await drain();
    const [mayaEntry] = await db
      .select()
      .from(waitlistEntries)
      .where(
        and(
          eq(waitlistEntries.appointmentId, group.appointmentId),
          eq(waitlistEntries.childId, mayaId),
        ),
      );
    expect(mayaEntry?.leftAt).toEqual(clock);
    const next = await outbox("A seat is free for Sofia%");
    expect(next.map((m) => m.to)).toEqual(["parent.garcia@maplegrove.test"]);

    expect(await callerFor(deps(), garcia).group.join({ ...place, childId: sofiaId })).toEqual({
      status: "joined",
      seatsLeft: 0,
    });
    expect(await callerFor(deps(), johnson).group.join({ ...place, childId: mayaId })).toEqual({
      status: "waitlisted",
      position: 2,
    });
  });

  it("passes a declined offer's seat to the next family at once", async () => {
    clock = new Date("2027-01-06T18:00:00Z");
    const { group, seated } = await fullGroup(new Date("2027-01-15T19:00:00Z"));
    const place = { appointmentId: group.appointmentId, childLocationState: "IL" as const };
    await callerFor(deps(), johnson).group.join({ ...place, childId: mayaId });
    await callerFor(deps(), garcia).group.join({ ...place, childId: sofiaId });
    await callerFor(deps(), admin).group.leave({
      appointmentId: group.appointmentId,
      childId: seated[1]?.id ?? "",
    });
    expect(
      await callerFor(deps(), johnson).group.leave({
        appointmentId: group.appointmentId,
        childId: mayaId,
      }),
    ).toEqual({ left: "waitlist" });
    await drain();
    const offers = await db
      .select({ childId: waitlistEntries.childId, offeredUntil: waitlistEntries.offeredUntil })
      .from(waitlistEntries)
      .where(eq(waitlistEntries.appointmentId, group.appointmentId));
    expect(offers.find((o) => o.childId === sofiaId)?.offeredUntil).toEqual(
      new Date(+clock + 2 * H),
    );
    expect(await outbox("A seat is free for Sofia in the group session on Friday%")).toHaveLength(
      1,
    );
  });
});
