import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Tx } from "@carryover/db";
import {
  appointments,
  auditEvents,
  children,
  clinics,
  memberships,
  sessionTypes,
  users,
  userSessions,
} from "@carryover/db/schema";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { signIn } from "../identity/sign-in";
import { callerFor, rolledBack, signInAs, testDeps, testMeta } from "../testing/test-context";

const { db } = await useTestDatabase();

type Session = AuthSession;
let admin: Session;
let chen: Session;
let harborAdmin: Session;
let riveraId: string;
let mayaId: string;
let coachingTypeId: string;

const DAY = 86_400_000;

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  chen = await signInAs(testDeps(db), "ot.chen@maplegrove.test");
  harborAdmin = await signInAs(testDeps(db), "admin@harborkids.test");
  const [rivera] = await db
    .select()
    .from(users)
    .where(eq(users.email, "ot.rivera@maplegrove.test"));
  const [maya] = await db
    .select()
    .from(children)
    .where(and(eq(children.firstName, "Maya"), eq(children.lastName, "Johnson")));
  const [coaching] = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .innerJoin(clinics, eq(clinics.id, sessionTypes.clinicId))
    .where(
      and(eq(clinics.name, "Maple Grove Pediatric Therapy"), eq(sessionTypes.kind, "coaching")),
    );
  if (!rivera || !maya || !coaching) throw new Error("the Maple Grove seed is missing");
  riveraId = rivera.id;
  mayaId = maya.id;
  coachingTypeId = coaching.id;
});

/** A telehealth session of Mei Chen's with Maya, who will be in `state`, `days` from now at 03:00 UTC. */
async function chensSession(tx: Tx, days: number, state: string) {
  const start = new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY + 3 * 3_600_000);
  const { id } = await insertSession(tx, {
    clinicId: admin.actor.clinicId,
    therapistId: chen.actor.userId,
    sessionTypeId: coachingTypeId,
    startsAt: start,
    modality: "telehealth",
    createdById: admin.actor.userId,
    childLocationState: state,
    childIds: [mayaId],
  });
  return id;
}

describe("staff.deactivationPreview", () => {
  it("lists the person's upcoming sessions with the therapists licensed where the child will be", async () => {
    await rolledBack(db, async (tx) => {
      const inIndiana = await chensSession(tx, 30, "IN");
      const inWisconsin = await chensSession(tx, 31, "WI");
      const preview = await callerFor(testDeps(tx), admin).staff.deactivationPreview({
        userId: chen.actor.userId,
      });
      expect(preview.person).toMatchObject({ name: "Mei Chen", role: "therapist" });
      expect(preview.refusal).toBeNull();
      expect(preview.therapists.map((t) => t.userId)).toEqual([riveraId]);
      const byId = new Map(preview.sessions.map((s) => [s.id, s]));
      // Alex Rivera holds IL and WI: not Indiana.
      expect(byId.get(inIndiana)?.eligibleTherapistIds).toEqual([]);
      expect(byId.get(inWisconsin)?.eligibleTherapistIds).toEqual([riveraId]);
      expect(byId.get(inWisconsin)?.children).toEqual([
        { childId: mayaId, firstName: "Maya", lastName: "Johnson" },
      ]);
    });
  });

  it("says why the admin cannot deactivate themselves", async () => {
    const preview = await callerFor(testDeps(db), admin).staff.deactivationPreview({
      userId: admin.actor.userId,
    });
    expect(preview.refusal).toContain("can't deactivate yourself");
  });

  it("answers not found for another clinic's staff", async () => {
    await expect(
      callerFor(testDeps(db), harborAdmin).staff.deactivationPreview({ userId: chen.actor.userId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("staff.deactivate", () => {
  it("hands the chosen session over, leaves the other listed, ends their sign-ins and audits it", async () => {
    await rolledBack(db, async (tx) => {
      const inIndiana = await chensSession(tx, 30, "IN");
      const inWisconsin = await chensSession(tx, 31, "WI");
      const meta = testMeta({ requestId: "deactivate-chen" });
      const result = await callerFor(testDeps(tx), admin, meta).staff.deactivate({
        userId: chen.actor.userId,
        reassignments: [{ appointmentId: inWisconsin, therapistId: riveraId }],
      });
      expect(result.reassigned).toBe(1);
      expect(result.leftToHandle).toBeGreaterThanOrEqual(1);
      expect(result.endedSignIns).toBeGreaterThanOrEqual(1);

      const therapistOf = async (id: string) =>
        (await tx.select().from(appointments).where(eq(appointments.id, id)))[0]?.therapistId;
      expect(await therapistOf(inWisconsin)).toBe(riveraId);
      expect(await therapistOf(inIndiana)).toBe(chen.actor.userId);

      const open = await tx
        .select()
        .from(userSessions)
        .where(eq(userSessions.userId, chen.actor.userId));
      expect(open.every((s) => s.revokedAt !== null)).toBe(true);

      const rows = await tx
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.requestId, "deactivate-chen"));
      expect(rows.map((r) => [r.action, r.entityId]).sort()).toEqual(
        [
          ["booking.reassign", inWisconsin],
          ["staff.deactivate", chen.actor.userId],
        ].sort(),
      );

      await expect(
        signIn(testDeps(tx), testMeta(), {
          email: "ot.chen@maplegrove.test",
          password: "carryover-demo",
        }),
      ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

      const staff = await callerFor(testDeps(tx), admin).staff.list();
      expect(staff.find((s) => s.userId === chen.actor.userId)?.deactivatedAt).toBeInstanceOf(Date);

      await callerFor(testDeps(tx), admin).staff.reactivate({ userId: chen.actor.userId });
      const [membership] = await tx
        .select()
        .from(memberships)
        .where(eq(memberships.userId, chen.actor.userId));
      expect(membership?.deactivatedAt).toBeNull();
      await signIn(testDeps(tx), testMeta(), {
        email: "ot.chen@maplegrove.test",
        password: "carryover-demo",
      });
    });
  });

  it("refuses a hand-over to a therapist not licensed where the child will be, and changes nothing", async () => {
    await rolledBack(db, async (tx) => {
      const inIndiana = await chensSession(tx, 30, "IN");
      await expect(
        callerFor(testDeps(tx), admin).staff.deactivate({
          userId: chen.actor.userId,
          reassignments: [{ appointmentId: inIndiana, therapistId: riveraId }],
        }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      const [membership] = await tx
        .select()
        .from(memberships)
        .where(eq(memberships.userId, chen.actor.userId));
      expect(membership?.deactivatedAt).toBeNull();
    });
  });

  it("refuses the admin themselves", async () => {
    await rolledBack(db, async (tx) => {
      await expect(
        callerFor(testDeps(tx), admin).staff.deactivate({
          userId: admin.actor.userId,
          reassignments: [],
        }),
      ).rejects.toThrow(/can't deactivate yourself/);
    });
  });

  it("refuses to leave the clinic without an active admin when two admins deactivate each other", async () => {
    await rolledBack(db, async (tx) => {
      const [second] = await tx
        .insert(users)
        .values({ email: "second.admin@maplegrove.test", name: "Robin Second" })
        .returning({ id: users.id });
      if (!second) throw new Error("no user");
      await tx
        .insert(memberships)
        .values({ userId: second.id, clinicId: admin.actor.clinicId, role: "admin" });
      const secondAdmin = {
        ...admin,
        actor: { ...admin.actor, userId: second.id, name: "Robin Second" },
      };

      await callerFor(testDeps(tx), admin).staff.deactivate({
        userId: second.id,
        reassignments: [],
      });
      await expect(
        callerFor(testDeps(tx), secondAdmin).staff.deactivate({
          userId: admin.actor.userId,
          reassignments: [],
        }),
      ).rejects.toThrow(/only active admin/);
    });
  });
});
