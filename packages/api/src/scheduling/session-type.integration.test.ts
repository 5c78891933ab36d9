import { type TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { appointments, auditEvents, clinics, sessionTypes } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();

type Session = AuthSession;
const now = new Date("2027-01-06T18:00:00Z");
const deps = (q: Parameters<typeof testDeps>[0]) => testDeps(q, () => now);
let admin: Session;
let harborAdmin: Session;
let johnson: Session;
let coachingId: string;
let groupId: string;
let mayaId: string;
let riveraId: string;

const failure = (promise: Promise<unknown>) =>
  promise.then(() => null).catch((e: unknown) => e as TRPCError);

const changes = {
  durationMinutes: 45,
  priceCents: 9500,
  capacity: 1,
  minimumNoticeMinutes: 120,
  cancellationWindowHours: 24,
};

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  harborAdmin = await signInAs(testDeps(db), "admin@harborkids.test");
  johnson = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  riveraId = (await signInAs(testDeps(db), "ot.rivera@maplegrove.test")).actor.userId;
  const types = await db
    .select({ id: sessionTypes.id, kind: sessionTypes.kind })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
  coachingId = types.find((t) => t.kind === "coaching")?.id ?? "";
  groupId = types.find((t) => t.kind === "group")?.id ?? "";
  const children = await callerFor(deps(db), johnson).child.list();
  mayaId = children.find((c) => c.firstName === "Maya")?.id ?? "";
});

describe("sessionType.update", () => {
  it("changes the length, price, notice and window, audited; families see the new values", async () => {
    await rolledBack(db, async (tx) => {
      const updated = await callerFor(deps(tx), admin).sessionType.update({
        sessionTypeId: coachingId,
        ...changes,
        durationMinutes: 50,
        priceCents: 11000,
        minimumNoticeMinutes: 1440,
        cancellationWindowHours: 48,
      });
      expect(updated).toMatchObject({
        durationMinutes: 50,
        priceCents: 11000,
        cancellationWindowHours: 48,
      });
      const seen = await callerFor(deps(tx), johnson).sessionType.list();
      expect(seen.find((t) => t.id === coachingId)).toMatchObject({
        durationMinutes: 50,
        priceCents: 11000,
        minimumNoticeMinutes: 1440,
      });
      const audited = await tx
        .select()
        .from(auditEvents)
        .where(
          and(eq(auditEvents.action, "sessionType.update"), eq(auditEvents.entityId, coachingId)),
        );
      expect(audited).toHaveLength(1);
    });
  });

  it("leaves an already-booked session's length and cancellation window as they were", async () => {
    await rolledBack(db, async (tx) => {
      const booked = await callerFor(deps(tx), johnson).booking.create({
        childId: mayaId,
        therapistId: riveraId,
        sessionTypeId: coachingId,
        childLocationState: "IL",
        start: new Date("2027-01-11T16:00:00Z"),
        idempotencyKey: "before-the-change",
      });
      await callerFor(deps(tx), admin).sessionType.update({
        sessionTypeId: coachingId,
        ...changes,
        durationMinutes: 60,
        cancellationWindowHours: 120,
      });
      const [row] = await tx
        .select()
        .from(appointments)
        .where(eq(appointments.id, booked.appointmentId));
      expect(+(row?.endsAt ?? 0) - +(row?.startsAt ?? 0)).toBe(45 * 60_000);
      const listed = await callerFor(deps(tx), johnson).booking.list({
        from: new Date("2027-01-11T00:00:00Z"),
        to: new Date("2027-01-12T00:00:00Z"),
      });
      expect(listed.find((b) => b.id === booked.appointmentId)?.cancellationWindowHours).toBe(24);
      // Cancelled 4 days ahead: late under the new 120-hour window, not under the 24 hours it was booked with.
      const cancelled = await callerFor(deps(tx), johnson).booking.cancel({
        appointmentId: booked.appointmentId,
        reason: "Maya is unwell",
      });
      expect(cancelled.late).toBe(false);
    });
  });

  it("keeps an individual session at one place, but lets a group have eight", async () => {
    await rolledBack(db, async (tx) => {
      const error = await failure(
        callerFor(deps(tx), admin).sessionType.update({
          sessionTypeId: coachingId,
          ...changes,
          capacity: 2,
        }),
      );
      expect(error?.code).toBe("BAD_REQUEST");
      expect(error?.message).toBe("An individual session has one place; only a group has more.");
      const group = await callerFor(deps(tx), admin).sessionType.update({
        sessionTypeId: groupId,
        ...changes,
        durationMinutes: 60,
        capacity: 8,
      });
      expect(group.capacity).toBe(8);
    });
  });

  it("refuses a length that is not a multiple of 5 minutes, naming the field", async () => {
    const error = await failure(
      callerFor(deps(db), admin).sessionType.update({
        sessionTypeId: coachingId,
        ...changes,
        durationMinutes: 47,
      }),
    );
    expect(error?.code).toBe("BAD_REQUEST");
  });

  it("answers NOT_FOUND to another clinic's admin", async () => {
    const error = await failure(
      callerFor(deps(db), harborAdmin).sessionType.update({
        sessionTypeId: coachingId,
        ...changes,
      }),
    );
    expect(error?.code).toBe("NOT_FOUND");
  });
});

describe("the cancellation policy", () => {
  it("is saved by the admin, trimmed, and read by families of that clinic only", async () => {
    await rolledBack(db, async (tx) => {
      await callerFor(deps(tx), admin).sessionType.updatePolicy({
        text: "  Please cancel at least 24 hours ahead.  ",
      });
      expect(await callerFor(deps(tx), johnson).sessionType.policy()).toEqual({
        text: "Please cancel at least 24 hours ahead.",
      });
      expect(await callerFor(deps(tx), harborAdmin).sessionType.policy()).toEqual({ text: "" });
      // The clinic's other settings stay as they were.
      const clinic = await callerFor(deps(tx), admin).clinic.get();
      expect(clinic.settings.cancellationPolicy).toBe("Please cancel at least 24 hours ahead.");
      expect(clinic.settings.idleTimeoutMinutes).toEqual({ staff: 15, guardian: 60 });
    });
  });

  it("refuses a policy over 2,000 characters", async () => {
    const error = await failure(
      callerFor(deps(db), admin).sessionType.updatePolicy({ text: "x".repeat(2001) }),
    );
    expect(error?.code).toBe("BAD_REQUEST");
  });
});
