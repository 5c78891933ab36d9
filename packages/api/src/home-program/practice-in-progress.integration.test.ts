import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { insertChild, setChildTherapists, upsertGuardianLink } from "@carryover/db/queries";
import { auditEvents, practiceTaps } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { HEAVY_WORK } from "../testing/activities";
import { callerFor, signInAs, testDeps } from "../testing/test-context";

const { db } = await useTestDatabase();

type Session = AuthSession;
let rivera: Session;
let johnson: Session;
let garcia: Session;
let childId: string;
let ladderId: string;
let routineId: string;

/** The clinic's afternoon of 5 January 2027 (Maple Grove is in North America: still the 5th). */
let clock = new Date("2027-01-05T20:00:00Z");
const minutesLater = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};
const as = (session: Session) =>
  callerFor(
    testDeps(db, () => clock),
    session,
  );

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
};

const auditCount = async (action: string) =>
  (
    await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, childId)))
  ).length;

const todaysLogs = () =>
  as(johnson).practice.list({ childId, from: "2027-01-05", to: "2027-01-06" });
let keys = 0;
const tap = (t: "success" | "withHelp" | "notYet", clientKey = `tap-key-${++keys}`) =>
  as(johnson).practice.tap({ childId, activityId: ladderId, clientKey, tap: t });

beforeAll(async () => {
  const deps = testDeps(db);
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  johnson = await signInAs(deps, "parent.johnson@maplegrove.test");
  garcia = await signInAs(deps, "parent.garcia@maplegrove.test");
  childId = await insertChild(db, {
    clinicId: rivera.actor.clinicId,
    firstName: "Tess",
    lastName: "Johnson",
    dateOfBirth: "2019-03-03",
    primaryTherapistId: rivera.actor.userId,
  });
  await setChildTherapists(db, childId, rivera.actor.userId, []);
  await upsertGuardianLink(db, {
    childId,
    guardianId: johnson.actor.userId,
    relationship: "parent",
    canEditProgram: false,
  });
  const therapist = as(rivera);
  await therapist.program.create({
    childId,
    goals: [{ id: "g1", familyWords: "Dresses alone", clinicalWording: "Fasteners" }],
    minutesPerDay: 10,
    daysPerWeek: 5,
    startDate: "2027-01-04",
  });
  ladderId = (
    await therapist.activity.create({
      childId,
      activity: {
        content: { ...HEAVY_WORK.content, title: "Buttons ladder", anchor: { routine: "morning" } },
        structure: {
          kind: "ladder",
          levels: [
            { title: "Big buttons", change: "" },
            { title: "Small buttons", change: "" },
          ],
          currentLevel: 0,
          rule: { stepUpRate: 0.8, stepUpSessions: 3, stepDownBelowRate: 0.5, minAttempts: 5 },
        },
      },
    })
  ).activityId;
  routineId = (
    await therapist.activity.create({
      childId,
      activity: {
        content: { ...HEAVY_WORK.content, title: "Brushing", anchor: { routine: "breakfast" } },
        structure: { kind: "routine_practice", minutes: 10, daysPerWeek: 7 },
      },
    })
  ).activityId;
});

describe("a practice in progress", () => {
  it("counts a tap sent twice once, and ends by itself on the tenth try as one log", async () => {
    expect(await tap("success", "same-key-1")).toEqual({ recorded: true, ended: false });
    expect(await tap("success", "same-key-1")).toEqual({ recorded: false, ended: false });
    for (let i = 0; i < 7; i++) await tap(i < 6 ? "success" : "notYet");
    const open = await as(johnson).practice.open({ childId });
    expect(open).toHaveLength(1);
    expect(open[0]?.taps).toHaveLength(8);
    expect(await todaysLogs()).toHaveLength(0);

    expect(await tap("withHelp")).toEqual({ recorded: true, ended: false });
    expect(await tap("notYet")).toEqual({ recorded: true, ended: true });
    expect(await as(johnson).practice.open({ childId })).toEqual([]);
    const logs = await todaysLogs();
    expect(logs.map((l) => l.entry)).toEqual([
      { kind: "ladder", level: 0, success: 7, withHelp: 1, notYet: 2 },
    ]);
    expect(logs[0]?.minutes).toBe(HEAVY_WORK.content.minutes);
    expect(await auditCount("practice.tap")).toBe(10);
    expect(await auditCount("practice.close")).toBe(1);
  });

  it("ends after 10 minutes without a tap, and not a minute before", async () => {
    await tap("success");
    await tap("notYet");
    minutesLater(9);
    expect((await as(johnson).practice.open({ childId }))[0]?.taps).toHaveLength(2);
    expect(await todaysLogs()).toHaveLength(1);
    minutesLater(1);
    // Whoever looks next (here the therapist's progress page) finds it logged.
    const progress = await as(rivera).progression.get({ childId });
    expect(progress?.dose.at(-1)?.loggedMinutes).toBe(2 * HEAVY_WORK.content.minutes);
    expect((await todaysLogs()).at(-1)?.entry).toEqual({
      kind: "ladder",
      level: 0,
      success: 1,
      withHelp: 0,
      notYet: 1,
    });
    expect(await as(johnson).practice.open({ childId })).toEqual([]);
  });

  it("takes back the last tap, and a retried send of that tap stays undone", async () => {
    await tap("success", "undo-me-1");
    await tap("notYet", "undo-me-2");
    expect(await as(johnson).practice.untap({ childId, clientKey: "undo-me-2" })).toEqual({
      undone: true,
    });
    expect(await tap("notYet", "undo-me-2")).toEqual({ recorded: false, ended: false });
    expect((await as(johnson).practice.open({ childId }))[0]?.taps.map((t) => t.tap)).toEqual([
      "success",
    ]);
    // Another guardian's key is not theirs to undo.
    const error = await failure(as(garcia).practice.untap({ childId, clientKey: "undo-me-1" }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("ends early when the parent says so, with their note", async () => {
    const { logId } = await as(johnson).practice.finish({
      childId,
      activityId: ladderId,
      note: "Tired after school",
      mood: "hard",
    });
    expect(logId).not.toBeNull();
    const log = (await todaysLogs()).find((l) => l.id === logId);
    expect(log?.note).toBe("Tired after school");
    expect(log?.entry).toMatchObject({ success: 1, notYet: 0 });
    expect(await as(johnson).practice.finish({ childId, activityId: ladderId })).toEqual({
      logId: null,
    });
  });

  it("counts a tap that arrives late at the time it was made on the phone, within a day", async () => {
    const madeAt = new Date(clock.getTime() - 15 * 60_000);
    await as(johnson).practice.tap({
      childId,
      activityId: ladderId,
      clientKey: "late-tap-1",
      tap: "withHelp",
      tappedAt: madeAt,
    });
    // Fifteen minutes ago is past the pause: it is a practice of its own, already logged.
    expect(await as(johnson).practice.open({ childId })).toEqual([]);
    expect((await todaysLogs()).at(-1)?.entry).toMatchObject({ success: 0, withHelp: 1 });
    await as(johnson).practice.tap({
      childId,
      activityId: ladderId,
      clientKey: "future-tap-1",
      tap: "success",
      tappedAt: new Date(clock.getTime() + 60 * 60_000),
    });
    const [open] = await as(johnson).practice.open({ childId });
    expect(open?.taps.map((t) => t.tappedAt)).toEqual([clock]);
    await as(johnson).practice.untap({ childId, clientKey: "future-tap-1" });
  });

  it("refuses a tap that does not fit the activity, and another family's child", async () => {
    const wrong = await failure(
      as(johnson).practice.tap({
        childId,
        activityId: routineId,
        clientKey: "wrong-kind",
        tap: "success",
      }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
    const foreign = await failure(
      as(garcia).practice.tap({
        childId,
        activityId: ladderId,
        clientKey: "foreign-1",
        tap: "success",
      }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    expect(
      await db.select().from(practiceTaps).where(eq(practiceTaps.clientKey, "foreign-1")),
    ).toEqual([]);
  });
});

describe("practice.undo", () => {
  it("takes a family's Done back on the day: it leaves the list and the dose, audited", async () => {
    const before = (await as(rivera).progression.get({ childId }))?.dose.at(-1)?.loggedMinutes ?? 0;
    const { logId } = await as(johnson).practice.log({
      childId,
      activityId: routineId,
      clientKey: "done-to-undo",
      practisedOn: "2027-01-05",
      entry: { kind: "routine_practice", minutes: 12 },
    });
    expect((await as(rivera).progression.get({ childId }))?.dose.at(-1)?.loggedMinutes).toBe(
      before + 12,
    );

    const foreign = await failure(as(garcia).practice.undo({ logId }));
    expect(foreign.code).toBe("NOT_FOUND");
    const therapist = await failure(as(rivera).practice.undo({ logId }));
    expect(therapist.code).toBe("FORBIDDEN");

    expect(await as(johnson).practice.undo({ logId })).toEqual({ undone: true });
    expect(await as(johnson).practice.undo({ logId })).toEqual({ undone: true });
    expect((await todaysLogs()).some((l) => l.id === logId)).toBe(false);
    expect((await as(rivera).progression.get({ childId }))?.dose.at(-1)?.loggedMinutes).toBe(
      before,
    );
    expect(await auditCount("practice.undo")).toBe(1);
    // The same key again does not bring it back.
    const again = await as(johnson).practice.log({
      childId,
      activityId: routineId,
      clientKey: "done-to-undo",
      practisedOn: "2027-01-05",
      entry: { kind: "routine_practice", minutes: 12 },
    });
    expect(again).toEqual({ logId, created: false });
    expect((await todaysLogs()).some((l) => l.id === logId)).toBe(false);
  });

  it("refuses once the clinic's day is over", async () => {
    const { logId } = await as(johnson).practice.log({
      childId,
      activityId: routineId,
      clientKey: "done-yesterday",
      practisedOn: "2027-01-05",
      entry: { kind: "routine_practice", minutes: 5 },
    });
    minutesLater(24 * 60);
    const error = await failure(as(johnson).practice.undo({ logId }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toMatch(/only on the day/);
  });

  it("answers 404 for a log that does not exist", async () => {
    const error = await failure(
      as(johnson).practice.undo({ logId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});
