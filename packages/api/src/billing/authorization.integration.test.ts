import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { createDb } from "@carryover/db";
import {
  auditEvents,
  authorizations,
  children,
  clinicalNotes,
  coverages,
  sessionTypes,
} from "@carryover/db/schema";
import { insertSession } from "@carryover/db/testing/insert-session";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { localDateOf } from "@carryover/domain/scheduling";

import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db, url } = await useTestDatabase();
const DAY = 86_400_000;
let admin: AuthSession;
let rivera: AuthSession;
let harbor: AuthSession;
let chen: AuthSession;
let mayaId = "";
let eliId = "";

beforeAll(async () => {
  admin = await signInAs(testDeps(db), "admin@maplegrove.test");
  rivera = await signInAs(testDeps(db), "ot.rivera@maplegrove.test");
  harbor = await signInAs(testDeps(db), "admin@harborkids.test");
  chen = await signInAs(testDeps(db), "ot.chen@maplegrove.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.clinicId, admin.actor.clinicId), eq(children.firstName, "Maya")));
  mayaId = maya?.id ?? "";
  const [eli] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.clinicId, admin.actor.clinicId), eq(children.firstName, "Eli")));
  eliId = eli?.id ?? "";
});

const list = (session: AuthSession, childId = eliId) =>
  callerFor(testDeps(db), session).authorization.list({ childId });

describe("authorization.list", () => {
  it("shows Eli's Medicaid authorization running out, with his signed visits as used and his booked sessions", async () => {
    const today = localDateOf(new Date(), "America/Chicago");
    const [coverage] = await list(admin);
    expect(coverage).toMatchObject({
      rank: "primary",
      payerKind: "medicaid",
      relationship: "self",
    });
    const [auth] = coverage?.authorizations ?? [];
    const signed = await db
      .select({ on: clinicalNotes.serviceOn })
      .from(clinicalNotes)
      .where(and(eq(clinicalNotes.childId, eliId), eq(clinicalNotes.kind, "visit")));
    expect(auth).toMatchObject({ counts: "visits", approved: 12, warn: true });
    expect(auth?.used).toBeLessThanOrEqual(signed.length);
    expect(auth?.left).toBe(Math.max(0, 12 - (auth?.used ?? 0)));
    expect(auth && auth.runsOutOn <= auth.endsOn).toBe(true);
    expect(auth?.daysLeft).toBeLessThanOrEqual(14);
    expect(today <= (auth?.endsOn ?? "")).toBe(true);
  });

  it("counts a session booked ahead as scheduled, and one after the authorization's end as not covered", async () => {
    const [before] = await list(admin);
    const auth = before?.authorizations[0];
    if (!auth) throw new Error("Eli has no authorization");
    const [type] = await db
      .select({ id: sessionTypes.id })
      .from(sessionTypes)
      .where(eq(sessionTypes.clinicId, admin.actor.clinicId));
    const soon = new Date(Math.ceil((Date.now() + 2 * DAY) / 3_600_000) * 3_600_000);
    const late = new Date(Date.parse(`${auth.endsOn}T18:00:00Z`) + 7 * DAY);
    for (const startsAt of [soon, late])
      await insertSession(db, {
        clinicId: admin.actor.clinicId,
        therapistId: rivera.actor.userId,
        sessionTypeId: type?.id ?? "",
        startsAt,
        modality: "telehealth",
        childIds: [eliId],
      });
    const [after] = await list(admin);
    const now = after?.authorizations[0];
    expect(now?.scheduled).toBe(Math.min(auth.scheduled + 1, auth.left));
    expect(now?.uncovered.map((u) => u.on)).toContain(localDateOf(late, "America/Chicago"));
  });

  it("reads units from the signed notes' minutes for a unit authorization (Maya's, on her parent's plan)", async () => {
    const [coverage] = await db
      .select({ id: coverages.id })
      .from(coverages)
      .where(eq(coverages.childId, mayaId));
    const [unitAuth] = await db
      .insert(authorizations)
      .values({
        clinicId: admin.actor.clinicId,
        coverageId: coverage?.id ?? "",
        counts: "units",
        approved: 200,
        codes: ["97530", "97535", "97533", "97110", "97112"],
        startsOn: "2000-01-01",
        endsOn: "2099-12-31",
      })
      .returning({ id: authorizations.id });
    const [standing] = await list(admin, mayaId);
    const units = standing?.authorizations.find((a) => a.id === unitAuth?.id);
    expect(units?.counts).toBe("units");
    expect(units?.used).toBeGreaterThan(0);
    expect(units?.left).toBe(200 - (units?.used ?? 0));
    await db.delete(authorizations).where(eq(authorizations.id, unitAuth?.id ?? ""));
  });

  it("is audited on the child's record", async () => {
    await list(admin);
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "authorization.list"), eq(auditEvents.entityId, eliId)));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.actorId).toBe(admin.actor.userId);
  });

  it("answers 404 to a therapist of the child and to another clinic's admin", async () => {
    for (const session of [rivera, harbor])
      await expect(list(session)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("authorization.runningOut", () => {
  const runningOut = (session: AuthSession, q = db) =>
    callerFor(testDeps(q), session).authorization.runningOut();

  it("lists the clinic's authorizations that need renewing, the soonest first, with whose they are", async () => {
    const mine = await runningOut(admin);
    expect(mine.map((a) => a.childName)).toContain("Eli Johnson");
    expect(mine.every((a) => a.warn)).toBe(true);
    const days = mine.map((a) => a.runsOutOn);
    expect(days).toEqual([...days].sort());
    const theirs = await runningOut(harbor);
    expect(theirs.map((a) => a.childName)).toEqual(["Noah Lee"]);
  });

  it("reads the same few statements however many authorizations the clinic has", async () => {
    let statements = 0;
    const counted = createDb(url, { max: 1, onQuery: () => void statements++ });
    try {
      await counted.execute(sql`select 1`);
      statements = 0;
      await runningOut(admin, counted);
      const before = statements;
      const [sofia] = await db
        .select({ id: coverages.id })
        .from(coverages)
        .innerJoin(children, eq(children.id, coverages.childId))
        .where(eq(children.firstName, "Sofia"));
      await db.insert(authorizations).values(
        Array.from({ length: 5 }, () => ({
          clinicId: admin.actor.clinicId,
          coverageId: sofia?.id ?? "",
          counts: "visits" as const,
          approved: 3,
          startsOn: "2000-01-01",
          endsOn: "2099-12-31",
        })),
      );
      statements = 0;
      const after = await runningOut(admin, counted);
      expect(after.length).toBeGreaterThan(5);
      expect(statements).toBe(before);
    } finally {
      await counted.close();
    }
  });

  it("answers 404 to a therapist", async () => {
    await expect(runningOut(rivera)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("authorization.checkBooking", () => {
  const check = async (session: AuthSession, childId: string, start: Date) => {
    const [type] = await db
      .select({ id: sessionTypes.id })
      .from(sessionTypes)
      .where(eq(sessionTypes.clinicId, admin.actor.clinicId));
    return callerFor(testDeps(db), session).authorization.checkBooking({
      childId,
      sessionTypeId: type?.id ?? "",
      start,
    });
  };
  const eliEnds = async () => {
    const [coverage] = await list(admin);
    const auth = coverage?.authorizations.find((a) => a.approved === 12);
    if (!auth) throw new Error("Eli's demo authorization is missing");
    return auth.endsOn;
  };

  it("finds a session inside Eli's authorization covered", async () => {
    expect(await check(admin, eliId, new Date(Date.now() + 2 * DAY))).toEqual({ covered: true });
  });

  it("warns of a session after it ends, naming the payer and the day", async () => {
    const after = new Date(Date.parse(`${await eliEnds()}T18:00:00Z`) + 7 * DAY);
    // Mei Chen, Eli's therapist, books his sessions.
    const answer = await check(chen, eliId, after);
    expect(answer).toEqual({
      covered: false,
      reason: "none",
      payerName: "Illinois Medicaid (HFS)",
      on: localDateOf(after, "America/Chicago"),
    });
  });

  it("asks nothing of a plan that needs no authorization yet (Maya's)", async () => {
    expect(await check(admin, mayaId, new Date(Date.now() + 400 * DAY))).toEqual({ covered: true });
  });

  it("warns when the sessions booked before it use the authorization up", async () => {
    const [coverage] = await db
      .select({ id: coverages.id })
      .from(coverages)
      .where(eq(coverages.childId, eliId));
    const start = new Date(Date.now() + 30 * DAY);
    const [tight] = await db
      .insert(authorizations)
      .values({
        clinicId: admin.actor.clinicId,
        coverageId: coverage?.id ?? "",
        counts: "visits",
        approved: 0,
        startsOn: localDateOf(new Date(Date.now() + 29 * DAY), "America/Chicago"),
        endsOn: localDateOf(new Date(Date.now() + 31 * DAY), "America/Chicago"),
      })
      .returning({ id: authorizations.id });
    try {
      const answer = await check(admin, eliId, start);
      expect(answer).toMatchObject({
        covered: false,
        reason: "used_up",
        authorization: { counts: "visits", approved: 0 },
      });
    } finally {
      await db.delete(authorizations).where(eq(authorizations.id, tight?.id ?? ""));
    }
  });
});
