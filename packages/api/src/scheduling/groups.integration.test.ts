import { type TRPCError } from "@trpc/server";
import { and, asc, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { createDb } from "@carryover/db";
import {
  appointmentParticipants,
  children,
  clinics,
  sessionTypes,
  waitlistEntries,
} from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db, url } = await useTestDatabase();

type Session = AuthSession;
let admin: Session;
let johnson: Session;
let groupTypeId: string;
let riveraId: string;
let clinicId: string;

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  johnson = await signInAs(testDeps(db), "parent.johnson@maplegrove.test");
  riveraId = (await signInAs(testDeps(db), "ot.rivera@maplegrove.test")).actor.userId;
  const [group] = await db
    .select({ id: sessionTypes.id, clinicId: sessionTypes.clinicId })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(and(eq(clinics.name, "Maple Grove Pediatric Therapy"), eq(sessionTypes.kind, "group")));
  if (!group) throw new Error("no group session type");
  groupTypeId = group.id;
  clinicId = group.clinicId;
});

/** The first open hour of Alex Rivera's on the given day offset, for a new group. */
async function newGroup(daysAhead: number) {
  const from = new Date(Date.now() + daysAhead * 86_400_000);
  const { slots } = await callerFor(testDeps(db), admin).availability.slots({
    therapistId: riveraId,
    sessionTypeId: groupTypeId,
    from,
    to: new Date(+from + 7 * 86_400_000),
  });
  const start = slots[0]?.start;
  if (!start) throw new Error("no open time for a group");
  return callerFor(testDeps(db), admin).group.create({
    therapistId: riveraId,
    sessionTypeId: groupTypeId,
    start,
    name: "Handwriting club",
  });
}

describe("group sessions", () => {
  it("seats exactly 6 of 30 families joining at once and waitlists the other 24 in order", async () => {
    const group = await newGroup(10);
    expect(group.capacity).toBe(6);
    const kids = await db
      .insert(children)
      .values(
        Array.from({ length: 30 }, (_, i) => ({
          clinicId,
          firstName: `Kid${i}`,
          lastName: "Group",
          dateOfBirth: "2019-05-05",
          primaryTherapistId: riveraId,
        })),
      )
      .returning({ id: children.id });
    const pool = createDb(url, { max: 20, connectTimeoutSeconds: 60 });
    try {
      const results = await Promise.all(
        kids.map((kid) =>
          callerFor(testDeps(pool), admin).group.join({
            appointmentId: group.appointmentId,
            childId: kid.id,
            childLocationState: "IL",
          }),
        ),
      );
      expect(results.filter((r) => r.status === "joined")).toHaveLength(6);
      const waitlisted = results.flatMap((r, i) =>
        r.status === "waitlisted" ? [{ position: r.position, childId: kids[i]?.id }] : [],
      );
      expect(waitlisted.map((w) => w.position).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 24 }, (_, i) => i + 1),
      );

      const seats = await db
        .select()
        .from(appointmentParticipants)
        .where(
          and(
            eq(appointmentParticipants.appointmentId, group.appointmentId),
            isNull(appointmentParticipants.leftAt),
          ),
        );
      expect(seats).toHaveLength(6);
      const queue = await db
        .select({ childId: waitlistEntries.childId })
        .from(waitlistEntries)
        .where(eq(waitlistEntries.appointmentId, group.appointmentId))
        .orderBy(asc(waitlistEntries.joinedAt));
      expect(queue.map((q) => q.childId)).toEqual(
        waitlisted.sort((a, b) => a.position - b.position).map((w) => w.childId),
      );
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("tells a family the seats left, refuses a second seat, and lets them leave", async () => {
    const group = await newGroup(18);
    const [maya] = await db
      .select({ id: children.id })
      .from(children)
      .where(eq(children.firstName, "Maya"));
    const caller = callerFor(testDeps(db), johnson);
    const place = {
      appointmentId: group.appointmentId,
      childId: maya?.id ?? "",
      childLocationState: "IL" as const,
    };
    expect(await caller.group.join(place)).toEqual({ status: "joined", seatsLeft: 5 });
    const again = await caller.group.join(place).catch((e: unknown) => e);
    expect((again as TRPCError).code).toBe("CONFLICT");
    expect(
      await caller.group.leave({ appointmentId: place.appointmentId, childId: place.childId }),
    ).toEqual({ left: "seat" });
    const waitOnly = await caller.waitlist.join(place).catch((e: unknown) => e);
    expect((waitOnly as TRPCError).message).toBe(
      "A seat is free: join the group instead of the waitlist.",
    );
  });

  it("refuses a telehealth group for a child in a state the therapist isn't licensed in", async () => {
    const group = await newGroup(25);
    const [maya] = await db
      .select({ id: children.id })
      .from(children)
      .where(eq(children.firstName, "Maya"));
    const error = await callerFor(testDeps(db), johnson)
      .group.join({
        appointmentId: group.appointmentId,
        childId: maya?.id ?? "",
        childLocationState: "CA",
      })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe("PRECONDITION_FAILED");
  });

  it("never lets one family cancel or move a group for everyone in it", async () => {
    const group = await newGroup(32);
    const [maya] = await db
      .select({ id: children.id })
      .from(children)
      .where(eq(children.firstName, "Maya"));
    const caller = callerFor(testDeps(db), johnson);
    await caller.group.join({
      appointmentId: group.appointmentId,
      childId: maya?.id ?? "",
      childLocationState: "IL",
    });
    const attempts = [
      () => caller.booking.cancel({ appointmentId: group.appointmentId, reason: "Sick" }),
      () =>
        caller.booking.reschedule({
          appointmentId: group.appointmentId,
          start: new Date(+group.start + 3_600_000),
        }),
    ];
    for (const attempt of attempts) {
      const error = (await attempt().catch((e: unknown) => e)) as TRPCError;
      expect(error.code).toBe("PRECONDITION_FAILED");
      expect(error.message).toContain("leave the group instead");
    }
    const [list] = await callerFor(testDeps(db), admin).booking.list({
      from: group.start,
      to: new Date(+group.start + 1),
    });
    expect(list).toMatchObject({ id: group.appointmentId, status: "scheduled", seatsTaken: 1 });
    expect(+(list?.start ?? 0)).toBe(+group.start);
  });
});

describe("group sessions open for sign-up", () => {
  it("shows seats left and the waitlist, and each family only where its own children stand", async () => {
    const group = await newGroup(40);
    const garcia = await signInAs(testDeps(db), "parent.garcia@maplegrove.test");
    const kids = await db.select({ id: children.id, firstName: children.firstName }).from(children);
    const idOf = (name: string) => kids.find((k) => k.firstName === name)?.id ?? "";
    const strangers = await db
      .insert(children)
      .values(
        Array.from({ length: 5 }, (_, i) => ({
          clinicId,
          firstName: `Seat${i}`,
          lastName: "Taken",
          dateOfBirth: "2018-02-02",
          primaryTherapistId: riveraId,
        })),
      )
      .returning({ id: children.id });
    const place = (childId: string) => ({
      appointmentId: group.appointmentId,
      childId,
      childLocationState: "IL" as const,
    });
    const asAdmin = callerFor(testDeps(db), admin);
    for (const kid of strangers) await asAdmin.group.join(place(kid.id));
    const asJohnson = callerFor(testDeps(db), johnson);
    const asGarcia = callerFor(testDeps(db), garcia);

    const before = (await asJohnson.group.list()).find((g) => g.id === group.appointmentId);
    expect(before).toMatchObject({ capacity: 6, seatsLeft: 1, waiting: 0, places: [] });

    expect(await asJohnson.group.join(place(idOf("Maya")))).toEqual({
      status: "joined",
      seatsLeft: 0,
    });
    expect(await asJohnson.group.join(place(idOf("Eli")))).toEqual({
      status: "waitlisted",
      position: 1,
    });
    expect(await asGarcia.group.join(place(idOf("Sofia")))).toEqual({
      status: "waitlisted",
      position: 2,
    });

    const johnsons = (await asJohnson.group.list()).find((g) => g.id === group.appointmentId);
    expect(johnsons).toMatchObject({ seatsLeft: 0, waiting: 2 });
    expect(johnsons?.places).toEqual([
      { childId: idOf("Maya"), status: "seated" },
      { childId: idOf("Eli"), status: "waiting", position: 1 },
    ]);
    const garcias = (await asGarcia.group.list()).find((g) => g.id === group.appointmentId);
    expect(garcias?.places).toEqual([{ childId: idOf("Sofia"), status: "waiting", position: 2 }]);
    expect(JSON.stringify(garcias)).not.toContain(idOf("Maya"));

    await asJohnson.group.leave({ appointmentId: group.appointmentId, childId: idOf("Eli") });
    const moved = (await asGarcia.group.list()).find((g) => g.id === group.appointmentId);
    expect(moved?.places).toEqual([{ childId: idOf("Sofia"), status: "waiting", position: 1 }]);

    await asAdmin.booking.cancel({ appointmentId: group.appointmentId, reason: "Therapist away" });
    expect((await asGarcia.group.list()).some((g) => g.id === group.appointmentId)).toBe(false);
  });

  it("never lists another clinic's groups", async () => {
    const group = await newGroup(45);
    const lee = await signInAs(testDeps(db), "parent.lee@harborkids.test");
    const theirs = await callerFor(testDeps(db), lee).group.list();
    expect(theirs.some((g) => g.id === group.appointmentId)).toBe(false);
  });
});
