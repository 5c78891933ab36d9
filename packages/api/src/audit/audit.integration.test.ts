import { TRPCError } from "@trpc/server";
import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents, children, clinics, users } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import { AppError } from "../errors";
import type { AuthSession } from "../identity/resolve-auth-session";
import { signIn } from "../identity/sign-in";
import { callerFor, rolledBack, signInAs, testDeps, testMeta } from "../testing/test-context";

const { db } = await useTestDatabase();

type Session = AuthSession;
let mapleAdmin: Session;
let harborAdmin: Session;
let mayaId: string;

const rowsOfRequest = (requestId: string, q: Parameters<typeof testDeps>[0] = db) =>
  q.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));

beforeAll(async () => {
  mapleAdmin = await signInAs(testDeps(db), "admin@maplegrove.test");
  harborAdmin = await signInAs(testDeps(db), "admin@harborkids.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, "Maya"), eq(children.lastName, "Johnson")));
  if (!maya) throw new Error("Maya is not seeded");
  mayaId = maya.id;
});

describe("reading and changing a child's record", () => {
  it("child.get writes one audit row naming who read which child, from where", async () => {
    const meta = testMeta({ requestId: "audit-child-get", ip: "203.0.113.9" });
    await callerFor(testDeps(db), mapleAdmin, meta).child.get({ childId: mayaId });

    const rows = await rowsOfRequest("audit-child-get");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "child.read",
      entityType: "child",
      entityId: mayaId,
      actorId: mapleAdmin.actor.userId,
      clinicId: mapleAdmin.actor.clinicId,
      requestId: "audit-child-get",
      ip: "203.0.113.9",
    });
  });

  it("child.list writes a child.list row", async () => {
    await callerFor(
      testDeps(db),
      mapleAdmin,
      testMeta({ requestId: "audit-child-list" }),
    ).child.list();

    const rows = await rowsOfRequest("audit-child-list");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "child.list",
      entityType: "child",
      actorId: mapleAdmin.actor.userId,
      clinicId: mapleAdmin.actor.clinicId,
    });
  });

  it("child.create writes a child.create row for the new child", async () => {
    const { childId } = await callerFor(
      testDeps(db),
      mapleAdmin,
      testMeta({ requestId: "audit-child-create" }),
    ).child.create({
      firstName: "Rosa",
      lastName: "Audit",
      dateOfBirth: "2021-05-06",
      primaryTherapistId: null,
      therapistIds: [],
    });

    const rows = await rowsOfRequest("audit-child-create");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "child.create",
      entityType: "child",
      entityId: childId,
      actorId: mapleAdmin.actor.userId,
    });
  });

  it("refuses the action, and keeps nothing of it, when its audit row cannot be written", async () => {
    const meta = testMeta({ requestId: "audit-write-fails", ip: "not-an-ip" });
    const error = await callerFor(testDeps(db), mapleAdmin, meta)
      .child.create({
        firstName: "Unaudited",
        lastName: "Child",
        dateOfBirth: "2021-05-06",
        primaryTherapistId: null,
        therapistIds: [],
      })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("INTERNAL_SERVER_ERROR");
    expect(await db.select().from(children).where(eq(children.firstName, "Unaudited"))).toEqual([]);
    expect(await rowsOfRequest("audit-write-fails")).toEqual([]);
  });
});

describe("sign-in", () => {
  it("writes auth.sign_in_failed for a wrong password, naming the account and its clinic", async () => {
    await rolledBack(db, async (tx) => {
      const meta = testMeta({ requestId: "audit-sign-in-failed", ip: "198.51.100.23" });
      const error = await signIn(testDeps(tx), meta, {
        email: "parent.lee@harborkids.test",
        password: "not the password",
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);

      const [lee] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, "parent.lee@harborkids.test"));
      const [harbor] = await tx
        .select({ id: clinics.id })
        .from(clinics)
        .where(eq(clinics.name, "Harbor Kids OT"));
      const rows = await rowsOfRequest("audit-sign-in-failed", tx);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: "auth.sign_in_failed",
        actorId: lee?.id,
        entityId: lee?.id,
        clinicId: harbor?.id,
        ip: "198.51.100.23",
      });
    });
  });

  it("writes auth.sign_in_failed with no actor for an email without an account", async () => {
    await rolledBack(db, async (tx) => {
      const meta = testMeta({ requestId: "audit-sign-in-unknown" });
      await signIn(testDeps(tx), meta, {
        email: "nobody@example.com",
        password: "whatever it is",
      }).catch(() => undefined);

      const rows = await rowsOfRequest("audit-sign-in-unknown", tx);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: "auth.sign_in_failed",
        actorId: null,
        entityId: null,
      });
    });
  });
});

describe("audit.list", () => {
  it("shows a failed sign-in to the account's clinic, among its sign-ins, with address and device, and to no other clinic", async () => {
    await rolledBack(db, async (tx) => {
      const meta = testMeta({
        requestId: "audit-failed-sign-in-listed",
        ip: "198.51.100.77",
        userAgent:
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      });
      await signIn(testDeps(tx), meta, {
        email: "ot.chen@maplegrove.test",
        password: "a guess",
      }).catch(() => undefined);
      await callerFor(testDeps(tx), mapleAdmin).child.get({ childId: mayaId });
      const ofRequest = (events: { requestId: string | null }[]) =>
        events.filter((e) => e.requestId === "audit-failed-sign-in-listed");

      const maple = callerFor(testDeps(tx), mapleAdmin);
      const signIns = await maple.audit.list({ group: "sign_ins", limit: 200 });
      expect(ofRequest(signIns.events)).toEqual([
        expect.objectContaining({
          action: "auth.sign_in_failed",
          actorName: "Mei Chen",
          ip: "198.51.100.77",
          device: "Safari on iPhone",
        }),
      ]);
      expect(signIns.events.every((e) => e.action.startsWith("auth."))).toBe(true);
      expect(signIns.events.map((e) => e.action)).not.toContain("child.read");

      const harbor = callerFor(testDeps(tx), harborAdmin);
      expect(ofRequest((await harbor.audit.list({ limit: 200 })).events)).toEqual([]);
      expect(
        ofRequest((await harbor.audit.list({ group: "sign_ins", limit: 200 })).events),
      ).toEqual([]);
    });
  });

  it("names the field when the kind of event is not one it knows", async () => {
    const error = await callerFor(testDeps(db), mapleAdmin)
      .audit.list({ group: "everything" as "sign_ins" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect((error as TRPCError).message).toContain("Choose a kind of event from the list");
  });

  it("never shows an admin another clinic's rows", async () => {
    await callerFor(
      testDeps(db),
      mapleAdmin,
      testMeta({ requestId: "audit-scope-maple" }),
    ).child.get({ childId: mayaId });
    const mapleIds = new Set(
      (
        await db
          .select({ id: auditEvents.id })
          .from(auditEvents)
          .where(eq(auditEvents.clinicId, mapleAdmin.actor.clinicId))
      ).map((r) => r.id),
    );
    expect(mapleIds.size).toBeGreaterThan(0);

    const harbor = callerFor(testDeps(db), harborAdmin);
    const { events } = await harbor.audit.list({ limit: 200 });
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => mapleIds.has(e.id))).toEqual([]);
    expect((await harbor.audit.list({ entityId: mayaId })).events).toEqual([]);
    expect((await harbor.audit.list({ actorId: mapleAdmin.actor.userId })).events).toEqual([]);

    const maple = callerFor(testDeps(db), mapleAdmin);
    const mapleView = await maple.audit.list({ entityId: mayaId, action: "child.read" });
    expect(mapleView.events.map((e) => e.requestId)).toContain("audit-scope-maple");
  });
});

describe("audit.list paging", () => {
  it("walks every event exactly once, even several within one millisecond", async () => {
    await rolledBack(db, async (tx) => {
      // A JavaScript Date keeps milliseconds; the column keeps microseconds. These differ only below a millisecond.
      for (const micro of ["123456", "123400", "123300"]) {
        await tx.execute(sql`
          insert into audit_events (clinic_id, action, entity_type, entity_id, at)
          values (${mapleAdmin.actor.clinicId}, 'test.paging', 'test', ${micro}, ${`2031-01-01T00:00:00.${micro}Z`}::timestamptz)`);
      }
      const caller = callerFor(testDeps(tx), mapleAdmin);
      const seen: (string | null)[] = [];
      let cursor: string | undefined;
      do {
        const page = await caller.audit.list({ action: "test.paging", limit: 1, cursor });
        seen.push(...page.events.map((e) => e.entityId));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(["123456", "123400", "123300"]);
    });
  });

  it("answers another clinic's event id as a cursor exactly as it answers an unknown id", async () => {
    const [mapleEvent] = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.clinicId, mapleAdmin.actor.clinicId))
      .orderBy(desc(auditEvents.at))
      .limit(1);
    if (!mapleEvent) throw new Error("no Maple Grove event");
    const harbor = callerFor(testDeps(db), harborAdmin);
    const unknown = await harbor.audit.list({ cursor: crypto.randomUUID(), limit: 200 });
    const foreign = await harbor.audit.list({ cursor: mapleEvent.id, limit: 200 });
    expect(unknown.events).toEqual([]);
    expect(foreign).toEqual(unknown);
  });
});
