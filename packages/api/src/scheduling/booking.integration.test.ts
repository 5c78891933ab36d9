import { TRPCError } from "@trpc/server";
import { and, eq, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { createDb } from "@carryover/db";
import {
  appointmentParticipants,
  appointments,
  auditEvents,
  children,
  clinics,
  guardianLinks,
  sessionTypes,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps } from "../testing/test-context";
import type { CreateBookingInput } from "./booking.contracts";

const { db, url } = await useTestDatabase();

type Session = AuthSession;
const now = new Date("2027-01-06T18:00:00Z"); // Wednesday noon in Chicago
const deps = (q: Parameters<typeof testDeps>[0] = db) => testDeps(q, () => now);
const at = (iso: string) => new Date(iso);
const MONDAY_8AM = at("2027-01-11T14:00:00Z"); // 08:00 in Chicago

let admin: Session;
let johnson: Session;
let garcia: Session;
let base: Omit<CreateBookingInput, "idempotencyKey" | "childLocationState"> & {
  childLocationState: "IL" | "CA" | null;
};

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  johnson = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  garcia = await signInAs(testDeps(db), "parent.garcia@maplegrove.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(eq(children.firstName, "Maya"));
  const [coaching] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(
      and(eq(clinics.name, "Maple Grove Pediatric Therapy"), eq(sessionTypes.kind, "coaching")),
    );
  const riveraId = (await signInAs(testDeps(db), "ot.rivera@maplegrove.test")).actor.userId;
  if (!maya || !coaching) throw new Error("seed missing");
  base = {
    childId: maya.id,
    therapistId: riveraId,
    sessionTypeId: coaching.id,
    start: MONDAY_8AM,
    childLocationState: "IL",
  };
});

const failure = async (call: Promise<unknown>) => {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
};

describe("booking.create", () => {
  it("books an open time for a guardian's own child, audited, and the time stops being offered", async () => {
    await rolledBack(db, async (tx) => {
      const booked = await callerFor(deps(tx), johnson).booking.create({
        ...base,
        idempotencyKey: "first-booking",
      });
      expect(booked.start).toEqual(MONDAY_8AM);
      expect(booked.end).toEqual(at("2027-01-11T14:45:00Z"));
      const [participant] = await tx
        .select()
        .from(appointmentParticipants)
        .where(eq(appointmentParticipants.appointmentId, booked.appointmentId));
      expect(participant).toMatchObject({
        childId: base.childId,
        childLocationState: "IL",
        bookedById: johnson.actor.userId,
      });
      const [row] = await tx
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, "booking.create"));
      expect(row).toMatchObject({
        actorId: johnson.actor.userId,
        entityType: "appointment",
        entityId: booked.appointmentId,
      });
      const { slots } = await callerFor(deps(tx), johnson).availability.slots({
        therapistId: base.therapistId,
        sessionTypeId: base.sessionTypeId,
        from: MONDAY_8AM,
        to: at("2027-01-11T16:00:00Z"),
      });
      expect(slots.map((s) => s.start.toISOString())).not.toContain(MONDAY_8AM.toISOString());
    });
  });

  it("answers a retry with the same key with the first booking, and refuses the key for a different request with 422", async () => {
    await rolledBack(db, async (tx) => {
      const caller = callerFor(deps(tx), johnson);
      const first = await caller.booking.create({ ...base, idempotencyKey: "retry-me-please" });
      const again = await caller.booking.create({ ...base, idempotencyKey: "retry-me-please" });
      expect(again).toEqual(first);
      // The demo's one appointment is a late cancellation of last week.
      expect(
        await tx.select().from(appointments).where(eq(appointments.status, "scheduled")),
      ).toHaveLength(1);
      const reused = await failure(
        caller.booking.create({
          ...base,
          start: at("2027-01-11T16:00:00Z"),
          idempotencyKey: "retry-me-please",
        }),
      );
      expect(reused.code).toBe("UNPROCESSABLE_CONTENT");
    });
  });

  it("says the time was just booked and offers the nearest open times", async () => {
    await rolledBack(db, async (tx) => {
      await callerFor(deps(tx), admin).booking.create({ ...base, idempotencyKey: "taken-first" });
      const error = await failure(
        callerFor(deps(tx), johnson).booking.create({ ...base, idempotencyKey: "taken-second" }),
      );
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toBe("That time was just booked. Here are the nearest open times.");
      const alternatives =
        (error.cause as { details?: { alternatives?: Date[] } }).details?.alternatives ?? [];
      expect(alternatives.length).toBe(3);
      expect(alternatives.map((d) => d.toISOString())).toContain("2027-01-11T15:00:00.000Z"); // 09:00, after the buffer
    });
  });

  it.each([
    [
      "a time outside the therapist's hours",
      { start: at("2027-01-10T16:00:00Z") },
      "OUTSIDE_AVAILABILITY",
    ],
    ["a time in the past", { start: at("2027-01-04T14:00:00Z") }, "IN_PAST"],
    [
      "a time under the minimum notice",
      { start: at("2027-01-06T19:00:00Z") },
      "UNDER_MINIMUM_NOTICE",
    ],
    [
      "a time beyond the maximum advance",
      { start: at("2027-04-12T13:00:00Z") },
      "BEYOND_MAXIMUM_ADVANCE",
    ],
    [
      "telehealth with a child in a state the therapist isn't licensed in",
      { childLocationState: "CA" as const },
      "NOT_LICENSED_IN_STATE",
    ],
    [
      "telehealth without the child's location",
      { childLocationState: null },
      "CHILD_LOCATION_REQUIRED",
    ],
  ])("refuses %s with a reason", async (_what, change, reason) => {
    const error = await failure(
      callerFor(deps(), johnson).booking.create({
        ...base,
        ...change,
        idempotencyKey: `refused-${reason}`,
      }),
    );
    expect({
      code: error.code,
      reason: (error.cause as { reason?: string }).reason,
      message: error.message,
    }).toMatchObject({
      code: "PRECONDITION_FAILED",
      reason,
    });
  });

  it("answers 404 for a child who is not yours", async () => {
    const error = await failure(
      callerFor(deps(), garcia).booking.create({ ...base, idempotencyKey: "not-my-child" }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("refuses a guardian whose clinic has not let them book, and says whom to ask", async () => {
    await rolledBack(db, async (tx) => {
      await tx
        .update(guardianLinks)
        .set({ canBook: false })
        .where(
          and(
            eq(guardianLinks.childId, base.childId),
            eq(guardianLinks.guardianId, johnson.actor.userId),
          ),
        );
      const error = await failure(
        callerFor(deps(tx), johnson).booking.create({ ...base, idempotencyKey: "may-not-book" }),
      );
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toMatch(/Ask the clinic to book/);
      expect(
        await tx.select().from(appointments).where(eq(appointments.startsAt, base.start)),
      ).toEqual([]);
    });
  });
});

describe("booking.create under contention", () => {
  it("gives one time to exactly one of 50 concurrent requests, 20 rounds running, with no 5xx and no overlaps", async () => {
    // Generous connect timeout: on a loaded 2-core machine, opening 20 connections at once can be slow.
    const pool = createDb(url, { max: 20, connectTimeoutSeconds: 60 });
    const contenders = testDeps(pool, () => now);
    const slots = (
      await callerFor(contenders, admin).availability.slots({
        therapistId: base.therapistId,
        sessionTypeId: base.sessionTypeId,
        from: at("2027-01-18T06:00:00Z"),
        to: at("2027-01-23T06:00:00Z"),
      })
    ).slots.filter((_, i) => i % 4 === 0);
    expect(slots.length).toBeGreaterThanOrEqual(20);
    try {
      for (let round = 0; round < 20; round++) {
        const start = slots[round]?.start ?? now;
        const outcomes = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            callerFor(contenders, admin)
              .booking.create({ ...base, start, idempotencyKey: `round-${round}-client-${i}` })
              .then(
                () => "booked",
                (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
              ),
          ),
        );
        const counts = Object.fromEntries(
          [...new Set(outcomes)].map((o) => [o, outcomes.filter((x) => x === o).length]),
        );
        expect(counts, `round ${round}`).toEqual({ booked: 1, CONFLICT: 49 });
      }
      const booked = await pool
        .select()
        .from(appointments)
        .where(ne(appointments.status, "cancelled"));
      expect(booked).toHaveLength(20);
      const sorted = booked
        .map((a) => [+a.startsAt, +a.endsAt] as const)
        .sort((a, b) => a[0] - b[0]);
      expect(sorted.every(([start], i) => i === 0 || start >= (sorted[i - 1]?.[1] ?? 0))).toBe(
        true,
      );
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe("booking.cancel and booking.markNoShow", () => {
  const book = (tx: Parameters<typeof testDeps>[0], key: string) =>
    callerFor(deps(tx), johnson).booking.create({ ...base, idempotencyKey: key });

  it("records a family's cancellation inside the 24-hour window as late", async () => {
    await rolledBack(db, async (tx) => {
      const booked = await book(tx, "cancel-late");
      const dayBefore = testDeps(tx, () => new Date(+MONDAY_8AM - 20 * 3_600_000));
      // The demo clinic charges $40.00 for a late cancellation of a coaching session.
      expect(
        await callerFor(dayBefore, johnson).booking.cancel({
          appointmentId: booked.appointmentId,
          reason: "Sick",
        }),
      ).toEqual({ late: true, feeCents: 4_000 });
      const [row] = await tx
        .select()
        .from(appointments)
        .where(eq(appointments.id, booked.appointmentId));
      expect(row).toMatchObject({
        status: "cancelled",
        lateCancellation: true,
        cancelReason: "Sick",
      });
      // The time is free again.
      await callerFor(deps(tx), admin).booking.create({
        ...base,
        idempotencyKey: "rebook-after-cancel",
      });
    });
  });

  it("does not count a cancellation before the window, or one by the clinic, as late", async () => {
    await rolledBack(db, async (tx) => {
      const early = await book(tx, "cancel-early");
      expect(
        await callerFor(deps(tx), johnson).booking.cancel({
          appointmentId: early.appointmentId,
          reason: "Trip",
        }),
      ).toEqual({ late: false, feeCents: null });
      const second = await callerFor(deps(tx), johnson).booking.create({
        ...base,
        idempotencyKey: "cancel-by-clinic",
      });
      const hourBefore = testDeps(tx, () => new Date(+MONDAY_8AM - 3_600_000));
      expect(
        await callerFor(hourBefore, admin).booking.cancel({
          appointmentId: second.appointmentId,
          reason: "Therapist ill",
        }),
      ).toEqual({ late: false, feeCents: null });
    });
  });

  it("tells the family who cancelled and why in its list", async () => {
    await rolledBack(db, async (tx) => {
      const mine = await book(tx, "cancel-by-family");
      await callerFor(deps(tx), johnson).booking.cancel({
        appointmentId: mine.appointmentId,
        reason: "Trip",
      });
      const theirs = await callerFor(deps(tx), johnson).booking.create({
        ...base,
        idempotencyKey: "cancelled-by-clinic",
      });
      await callerFor(deps(tx), admin).booking.cancel({
        appointmentId: theirs.appointmentId,
        reason: "Therapist ill",
      });
      const listed = await callerFor(deps(tx), johnson).booking.list({
        from: new Date(+MONDAY_8AM - 3_600_000),
        to: new Date(+MONDAY_8AM + 3_600_000),
      });
      const byId = new Map(listed.map((b) => [b.id, b]));
      expect(byId.get(mine.appointmentId)).toMatchObject({
        cancelledBy: "family",
        cancelReason: "Trip",
        liveEndedAt: null,
      });
      expect(byId.get(theirs.appointmentId)).toMatchObject({
        cancelledBy: "clinic",
        cancelReason: "Therapist ill",
        // The clinic's join window: the room opens 10 minutes before the start.
        joinOpensAt: new Date(+MONDAY_8AM - 10 * 60_000),
      });
    });
  });

  it("refuses to cancel twice, or after the start", async () => {
    await rolledBack(db, async (tx) => {
      const booked = await book(tx, "cancel-twice");
      await callerFor(deps(tx), johnson).booking.cancel({
        appointmentId: booked.appointmentId,
        reason: "Sick",
      });
      expect(
        (
          await failure(
            callerFor(deps(tx), johnson).booking.cancel({
              appointmentId: booked.appointmentId,
              reason: "Sick",
            }),
          )
        ).code,
      ).toBe("PRECONDITION_FAILED");
      const again = await book(tx, "cancel-after-start");
      const later = testDeps(tx, () => new Date(+MONDAY_8AM + 60_000));
      expect(
        (
          await failure(
            callerFor(later, johnson).booking.cancel({
              appointmentId: again.appointmentId,
              reason: "Late",
            }),
          )
        ).code,
      ).toBe("PRECONDITION_FAILED");
    });
  });

  it("records a no-show once the start has passed, and only then", async () => {
    await rolledBack(db, async (tx) => {
      const booked = await book(tx, "no-show-after-start");
      const rivera = await signInAs(testDeps(tx), "ot.rivera@maplegrove.test");
      expect(
        (
          await failure(
            callerFor(deps(tx), rivera).booking.markNoShow({ appointmentId: booked.appointmentId }),
          )
        ).code,
      ).toBe("PRECONDITION_FAILED");
      const after = testDeps(tx, () => new Date(+MONDAY_8AM + 10 * 60_000));
      await callerFor(after, rivera).booking.markNoShow({ appointmentId: booked.appointmentId });
      const [row] = await tx
        .select()
        .from(appointments)
        .where(eq(appointments.id, booked.appointmentId));
      expect(row?.status).toBe("no_show");
      const [participant] = await tx
        .select()
        .from(appointmentParticipants)
        .where(eq(appointmentParticipants.appointmentId, booked.appointmentId));
      expect(participant?.noShow).toBe(true);
    });
  });
});

describe("booking.reschedule", () => {
  const TEN_AM = at("2027-01-11T16:00:00Z");

  it("moves a session to another open time, freeing the old one", async () => {
    await rolledBack(db, async (tx) => {
      const booked = await callerFor(deps(tx), johnson).booking.create({
        ...base,
        idempotencyKey: "move-me-later",
      });
      // Fifteen minutes later overlaps the session's own old time, which does not count against it.
      const moved = await callerFor(deps(tx), johnson).booking.reschedule({
        appointmentId: booked.appointmentId,
        start: at("2027-01-11T14:15:00Z"),
      });
      expect(moved.end).toEqual(at("2027-01-11T15:00:00Z"));
      const [row] = await tx
        .select()
        .from(appointments)
        .where(eq(appointments.id, booked.appointmentId));
      expect(row?.startsAt).toEqual(at("2027-01-11T14:15:00Z"));
      const [audited] = await tx
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, "booking.reschedule"));
      expect(audited?.entityId).toBe(booked.appointmentId);
    });
  });

  it("changes nothing when the new time is taken", async () => {
    await rolledBack(db, async (tx) => {
      await callerFor(deps(tx), admin).booking.create({ ...base, idempotencyKey: "holds-eight" });
      const later = await callerFor(deps(tx), johnson).booking.create({
        ...base,
        start: TEN_AM,
        idempotencyKey: "holds-ten-am",
      });
      const error = await failure(
        callerFor(deps(tx), johnson).booking.reschedule({
          appointmentId: later.appointmentId,
          start: MONDAY_8AM,
        }),
      );
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toContain("Your session stays where it was");
      const [row] = await tx
        .select()
        .from(appointments)
        .where(eq(appointments.id, later.appointmentId));
      expect(row?.startsAt).toEqual(TEN_AM);
    });
  });
});

describe("booking.list", () => {
  const week = { from: at("2027-01-11T00:00:00Z"), to: at("2027-01-18T00:00:00Z") };

  it("shows a family its own children's sessions, and in a group only its own child", async () => {
    await rolledBack(db, async (tx) => {
      const booked = await callerFor(deps(tx), johnson).booking.create({
        ...base,
        idempotencyKey: "calendar-entry",
      });
      expect((await callerFor(deps(tx), johnson).booking.list(week)).map((b) => b.id)).toEqual([
        booked.appointmentId,
      ]);
      expect(await callerFor(deps(tx), garcia).booking.list(week)).toEqual([]);

      const [group] = await tx
        .select({ id: sessionTypes.id })
        .from(sessionTypes)
        .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
        .where(
          and(eq(clinics.name, "Maple Grove Pediatric Therapy"), eq(sessionTypes.kind, "group")),
        );
      const created = await callerFor(deps(tx), admin).group.create({
        therapistId: base.therapistId,
        sessionTypeId: group?.id ?? "",
        start: at("2027-01-12T19:00:00Z"),
        name: "Handwriting club",
      });
      const [sofia] = await tx
        .select({ id: children.id })
        .from(children)
        .where(eq(children.firstName, "Sofia"));
      for (const childId of [base.childId, sofia?.id ?? ""]) {
        await callerFor(deps(tx), admin).group.join({
          appointmentId: created.appointmentId,
          childId,
          childLocationState: "IL",
        });
      }
      const groupSeenByJohnson = (await callerFor(deps(tx), johnson).booking.list(week)).find(
        (b) => b.id === created.appointmentId,
      );
      expect(groupSeenByJohnson).toMatchObject({ kind: "group", seatsTaken: 2, capacity: 6 });
      expect(groupSeenByJohnson?.children.map((c) => c.firstName)).toEqual(["Maya"]);
      const groupSeenByAdmin = (await callerFor(deps(tx), admin).booking.list(week)).find(
        (b) => b.id === created.appointmentId,
      );
      expect(groupSeenByAdmin?.children.map((c) => c.firstName).sort()).toEqual(["Maya", "Sofia"]);
    });
  });
});
