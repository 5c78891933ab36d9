import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { clinics, mailOutbox, sessionTypes } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { createMemoryJobs } from "../testing/memory-jobs";
import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";
import { deliverStaffNotice } from "./deliver-staff-notice";

const { db } = await useTestDatabase();

type Session = AuthSession;
type Q = Parameters<typeof testDeps>[0];
const now = new Date("2027-01-06T18:00:00Z");
let johnson: Session;
let rivera: Session;
let chen: Session;
let admin: Session;
let coachingId: string;
let mayaId: string;

beforeAll(async () => {
  johnson = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  chen = await signInAs(testDeps(db), "ot.chen@maplegrove.test");
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  const [coaching] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
  const types = await callerFor(testDeps(db), johnson).sessionType.list();
  coachingId = types.find((t) => t.kind === "coaching")?.id ?? coaching?.id ?? "";
  mayaId =
    (await callerFor(testDeps(db), johnson).child.list()).find((c) => c.firstName === "Maya")?.id ??
    "";
});

/** Maya's parent books Monday January 11, 10:00 am Chicago time, with Alex Rivera. */
async function familyBooks(tx: Q, jobs = createMemoryJobs()) {
  const deps = testDeps(tx, () => now, jobs);
  const booked = await callerFor(deps, johnson).booking.create({
    childId: mayaId,
    therapistId: rivera.actor.userId,
    sessionTypeId: coachingId,
    childLocationState: "IL",
    start: new Date("2027-01-11T16:00:00Z"),
    idempotencyKey: "family-books",
  });
  return { booked, jobs, deps };
}

describe("therapists hear of a family's changes", () => {
  it("puts a booking, a move and a cancellation in the therapist's list, unread, with the child", async () => {
    await rolledBack(db, async (tx) => {
      const { booked, deps } = await familyBooks(tx);
      const family = callerFor(deps, johnson);
      await family.booking.reschedule({
        appointmentId: booked.appointmentId,
        start: new Date("2027-01-12T16:00:00Z"),
      });
      await family.booking.cancel({
        appointmentId: booked.appointmentId,
        reason: "Maya is unwell",
      });
      const list = await callerFor(deps, rivera).notification.list();
      expect(list.unread).toBe(3);
      expect(list.notifications.map((n) => n.kind).sort()).toEqual([
        "booked",
        "cancelled",
        "moved",
      ]);
      const moved = list.notifications.find((n) => n.kind === "moved");
      expect(moved?.from?.toISOString()).toBe("2027-01-11T16:00:00.000Z");
      expect(moved?.start.toISOString()).toBe("2027-01-12T16:00:00.000Z");
      expect(moved?.childFirstNames).toEqual(["Maya"]);
      // Another therapist hears nothing of it.
      expect((await callerFor(deps, chen).notification.list()).notifications).toEqual([]);
    });
  });

  it("tells nobody when staff book on their own calendar", async () => {
    await rolledBack(db, async (tx) => {
      const deps = testDeps(tx, () => now);
      await callerFor(deps, admin).booking.create({
        childId: mayaId,
        therapistId: rivera.actor.userId,
        sessionTypeId: coachingId,
        childLocationState: "IL",
        start: new Date("2027-01-11T16:00:00Z"),
        idempotencyKey: "admin-books",
      });
      expect((await callerFor(deps, rivera).notification.unreadCount()).unread).toBe(0);
    });
  });

  it("marks one read, then all; another person's ids change nothing", async () => {
    await rolledBack(db, async (tx) => {
      const { booked, deps } = await familyBooks(tx);
      await callerFor(deps, johnson).booking.cancel({
        appointmentId: booked.appointmentId,
        reason: "Maya is unwell",
      });
      const therapist = callerFor(deps, rivera);
      const [first] = (await therapist.notification.list()).notifications;
      expect(await callerFor(deps, chen).notification.markRead({ ids: [first?.id ?? ""] })).toEqual(
        {
          unread: 0,
        },
      );
      expect((await therapist.notification.unreadCount()).unread).toBe(2);
      expect(await therapist.notification.markRead({ ids: [first?.id ?? ""] })).toEqual({
        unread: 1,
      });
      expect(await therapist.notification.markRead({})).toEqual({ unread: 0 });
    });
  });

  it("emails the therapist only once they ask, with no child's name in the subject, once", async () => {
    await rolledBack(db, async (tx) => {
      const { jobs, deps } = await familyBooks(tx);
      const job = jobs.requests.find((r) => r.queue === "staff-notice-send");
      expect(job).toBeDefined();
      await deliverStaffNotice(deps, job?.data, "job-1");
      expect(
        await tx.select().from(mailOutbox).where(eq(mailOutbox.to, "ot.rivera@maplegrove.test")),
      ).toEqual([]);

      await callerFor(deps, rivera).notification.updatePreference({ emailFamilyChanges: true });
      expect(await callerFor(deps, rivera).notification.preference()).toEqual({
        emailFamilyChanges: true,
      });
      const more = createMemoryJobs();
      const second = await callerFor(
        testDeps(tx, () => now, more),
        johnson,
      ).booking.create({
        childId: mayaId,
        therapistId: rivera.actor.userId,
        sessionTypeId: coachingId,
        childLocationState: "IL",
        start: new Date("2027-01-13T16:00:00Z"),
        idempotencyKey: "family-books-again",
      });
      expect(second.appointmentId).toBeTruthy();
      const emailJob = more.requests.find((r) => r.queue === "staff-notice-send");
      await deliverStaffNotice(deps, emailJob?.data, "job-2");
      await deliverStaffNotice(deps, emailJob?.data, "job-2-retry");
      const mail = await tx
        .select()
        .from(mailOutbox)
        .where(eq(mailOutbox.to, "ot.rivera@maplegrove.test"));
      expect(mail).toHaveLength(1);
      expect(mail[0]?.subject).toBe(
        "A family booked a session for Wednesday, January 13 at 10:00 AM CST",
      );
      expect(mail[0]?.subject).not.toContain("Maya");
      expect(mail[0]?.text).toContain("Maya's family booked Parent coaching session");
    });
  });
});
