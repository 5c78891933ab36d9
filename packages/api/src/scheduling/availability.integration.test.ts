import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { appointments, auditEvents, clinics, sessionTypes, users } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();

type Session = AuthSession;
const now = new Date("2027-01-06T18:00:00Z"); // a Wednesday, noon in Chicago
const deps = (q: Parameters<typeof testDeps>[0] = db) => testDeps(q, () => now);
const chicago = (d: Date) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "America/Chicago",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);
const monday = { from: new Date("2027-01-11T06:00:00Z"), to: new Date("2027-01-12T06:00:00Z") };

let rivera: Session;
let garcia: Session;
let riveraId: string;
let coachingId: string;

beforeAll(async () => {
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  garcia = await signInAs(testDeps(db), "parent.garcia@maplegrove.test");
  riveraId = rivera.actor.userId;
  const [coaching] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(
      and(eq(clinics.name, "Maple Grove Pediatric Therapy"), eq(sessionTypes.kind, "coaching")),
    );
  if (!coaching) throw new Error("no coaching session type");
  coachingId = coaching.id;
});

const slotsFor = (session: Session, q: Parameters<typeof testDeps>[0] = db) =>
  callerFor(deps(q), session).availability.slots({
    therapistId: riveraId,
    sessionTypeId: coachingId,
    ...monday,
  });

describe("availability.slots", () => {
  it("offers a family the therapist's open 45-minute coaching times with the 15-minute buffer", async () => {
    const { slots, therapistTimeZone } = await slotsFor(garcia);
    expect(therapistTimeZone).toBe("America/Chicago");
    const starts = slots.map((s) => chicago(s.start).slice(6));
    expect(starts.slice(0, 4)).toEqual(["08:00", "08:15", "08:30", "08:45"]);
    expect(starts).toContain("11:15");
    expect(starts).not.toContain("11:30"); // 11:30 + 45 min runs past noon
    expect(starts).toContain("13:00");
    expect(starts.at(-1)).toBe("16:45");
  });

  it("leaves out times that touch a booked session or its buffer", async () => {
    await rolledBack(db, async (tx) => {
      const [clinic] = await tx
        .select()
        .from(clinics)
        .where(eq(clinics.name, "Maple Grove Pediatric Therapy"));
      await tx.insert(appointments).values({
        clinicId: clinic?.id ?? "",
        therapistId: riveraId,
        sessionTypeId: coachingId,
        startsAt: new Date("2027-01-11T15:00:00Z"), // 09:00–09:45 Chicago
        endsAt: new Date("2027-01-11T15:45:00Z"),
        timeZone: "America/Chicago",
        modality: "telehealth",
        createdById: riveraId,
      });
      const starts = (await slotsFor(garcia, tx)).slots.map((s) => chicago(s.start).slice(6));
      // A new session needs its own 15 minutes after it before 09:00, and the booked one keeps its 15 after 09:45.
      expect(starts).toContain("08:00");
      expect(starts).not.toContain("08:15");
      expect(starts).not.toContain("09:45");
      expect(starts).toContain("10:00");
    });
  });

  it("refuses a range longer than 62 days, naming the field", async () => {
    const error = await callerFor(deps(), garcia)
      .availability.slots({
        therapistId: riveraId,
        sessionTypeId: coachingId,
        from: now,
        to: new Date(+now + 70 * 86_400_000),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toBe("Ask for at most 62 days at a time.");
  });
});

describe("availability.update", () => {
  it("replaces the weekly hours, takes a day off, and is audited", async () => {
    await rolledBack(db, async (tx) => {
      const caller = callerFor(deps(tx), rivera);
      await caller.availability.update({
        therapistId: riveraId,
        weekly: [
          { weekday: 1, start: "14:00", end: "16:00" },
          { weekday: 2, start: "09:00", end: "10:00" },
        ],
        overrides: [{ date: "2027-01-12", ranges: [] }],
      });
      expect(await caller.availability.get({ therapistId: riveraId })).toMatchObject({
        timeZone: "America/Chicago",
        weekly: [
          { weekday: 1, start: "14:00", end: "16:00" },
          { weekday: 2, start: "09:00", end: "10:00" },
        ],
        overrides: [{ date: "2027-01-12", ranges: [] }],
      });
      const starts = (await slotsFor(garcia, tx)).slots.map((s) => chicago(s.start).slice(6));
      // The 15-minute buffer after a session may reach past the end of the hours.
      expect(starts).toEqual(["14:00", "14:15", "14:30", "14:45", "15:00", "15:15"]);
      const tuesday = await callerFor(deps(tx), garcia).availability.slots({
        therapistId: riveraId,
        sessionTypeId: coachingId,
        from: new Date("2027-01-12T06:00:00Z"),
        to: new Date("2027-01-13T06:00:00Z"),
      });
      expect(tuesday.slots).toEqual([]);
      const rows = await tx
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, "availability.update"));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actorId: riveraId, entityId: riveraId });
    });
  });

  it("refuses overlapping ranges with a message that says how to fix them", async () => {
    const error = await callerFor(deps(), rivera)
      .availability.update({
        therapistId: riveraId,
        weekly: [
          { weekday: 1, start: "08:00", end: "12:00" },
          { weekday: 1, start: "11:00", end: "13:00" },
        ],
        overrides: [],
      })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toContain("merge them into one");
  });

  it("keeps one therapist out of another's hours", async () => {
    const chen = await signInAs(testDeps(db), "ot.chen@maplegrove.test");
    const error = await callerFor(deps(), chen)
      .availability.update({ therapistId: riveraId, weekly: [], overrides: [] })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, riveraId));
    expect(row).toBeTruthy();
    expect(
      (await callerFor(deps(), rivera).availability.get({ therapistId: riveraId })).weekly,
    ).toHaveLength(10);
  });
});
