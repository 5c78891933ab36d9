import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb } from "@carryover/db";
import {
  insertChild,
  setChildTherapists,
  upsertGuardianLink,
  type ProgramChange,
} from "@carryover/db/queries";
import { auditEvents, programActivities } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";

import type { AuthSession } from "../identity/resolve-auth-session";
import { createProgramEvents } from "../ports/channel-events";
import { HEAVY_WORK } from "../testing/activities";
import { callerFor, formatForClient, signInAs, testDeps, testMeta } from "../testing/test-context";

const { db, url } = await useTestDatabase();

type Session = AuthSession;
let rivera: Session;
let admin: Session;
let johnson: Session;
let garcia: Session;
/** Zoe, a child of the Johnsons whose program these tests start. */
let mayaId: string;

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
};

let activityId: string;

/** The field the client is told about, as the router's error formatter names it. */
const fieldOf = (error: TRPCError) =>
  formatForClient(error, { ...testDeps(db), meta: testMeta(), session: johnson }).data.field;

beforeAll(async () => {
  const deps = testDeps(db);
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  admin = await signInAs(deps, "admin@maplegrove.test");
  johnson = await signInAs(deps, "parent.johnson@maplegrove.test");
  garcia = await signInAs(deps, "parent.garcia@maplegrove.test");
  // A child of the Johnsons with no program yet (the demo children have theirs).
  mayaId = await insertChild(db, {
    clinicId: rivera.actor.clinicId,
    firstName: "Zoe",
    lastName: "Johnson",
    dateOfBirth: "2019-03-03",
    primaryTherapistId: rivera.actor.userId,
  });
  await setChildTherapists(db, mayaId, rivera.actor.userId, []);
  await upsertGuardianLink(db, {
    childId: mayaId,
    guardianId: johnson.actor.userId,
    relationship: "parent",
    canEditProgram: true,
  });
  const therapist = callerFor(deps, rivera);
  await therapist.program.create({
    childId: mayaId,
    goals: [
      {
        id: "g1",
        familyWords: "Homework starts calmly",
        clinicalWording: "Self-regulation before seated tasks",
      },
    ],
    minutesPerDay: 10,
    daysPerWeek: 5,
    startDate: "2027-01-04",
  });
  activityId = (await therapist.activity.create({ childId: mayaId, activity: HEAVY_WORK }))
    .activityId;
});

describe("program.get", () => {
  it("shows the program to the child's guardian and audits the read", async () => {
    const view = await callerFor(testDeps(db), johnson).program.get({ childId: mayaId });
    expect(view.program?.activities.map((a) => a.content.title)).toEqual([
      "Heavy work before homework",
    ]);
    expect(view.canEdit).toBe(true);
    expect(view.canManage).toBe(false);
    const reads = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "program.read"), eq(auditEvents.entityId, mayaId)));
    expect(reads.length).toBeGreaterThan(0);
  });

  it("answers 404 to another family", async () => {
    const error = await failure(callerFor(testDeps(db), garcia).program.get({ childId: mayaId }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("refuses a second program for the same child", async () => {
    const error = await failure(
      callerFor(testDeps(db), rivera).program.create({
        childId: mayaId,
        goals: [],
        minutesPerDay: 10,
        daysPerWeek: 5,
        startDate: "2027-01-04",
      }),
    );
    expect(error.code).toBe("CONFLICT");
  });
});

describe("editing an activity together", () => {
  it("loses no update: two editors × 50 concurrent edits, each accepted or reported as a conflict", async () => {
    const pool = createDb(url, { max: 20, connectTimeoutSeconds: 60 });
    try {
      const edit = async (session: Session, marker: string) => {
        const caller = callerFor(testDeps(pool), session);
        const { program } = await caller.program.get({ childId: mayaId });
        const seen = program?.activities.find((a) => a.id === activityId);
        if (!seen) throw new Error("activity not found");
        return caller.activity
          .update({
            activityId,
            expectedVersion: seen.version,
            content: { ...seen.content, steps: [...seen.content.steps, marker] },
          })
          .then(
            () => ({ marker, outcome: "accepted" as const }),
            (e: unknown) => ({
              marker,
              outcome: e instanceof TRPCError ? e.code : String(e),
            }),
          );
      };
      const [start] = await pool
        .select({ version: programActivities.version })
        .from(programActivities)
        .where(eq(programActivities.id, activityId));
      const outcomes = await Promise.all([
        ...Array.from({ length: 50 }, (_, i) => edit(rivera, `rivera ${i}`)),
        ...Array.from({ length: 50 }, (_, i) => edit(admin, `admin ${i}`)),
      ]);
      const accepted = outcomes.filter((o) => o.outcome === "accepted").map((o) => o.marker);
      const conflicts = outcomes.filter((o) => o.outcome === "CONFLICT");
      expect(accepted.length + conflicts.length).toBe(100);
      expect(accepted.length).toBeGreaterThan(0);

      const [final] = await pool
        .select()
        .from(programActivities)
        .where(eq(programActivities.id, activityId));
      // Every accepted edit built on the one before it, so each one's marker is still there.
      expect([...(final?.content.steps ?? [])].slice(1).sort()).toEqual([...accepted].sort());
      expect(final?.version).toBe((start?.version ?? 0) + accepted.length);
      const history = await callerFor(testDeps(pool), rivera).program.history({ childId: mayaId });
      expect(
        history.filter((r) => r.activityId === activityId && r.action === "activity.update"),
      ).toHaveLength(accepted.length);
    } finally {
      await pool.close();
    }
  });

  it("shows the other editor's version on a conflict", async () => {
    const caller = callerFor(testDeps(db), rivera);
    const { program } = await caller.program.get({ childId: mayaId });
    const seen = program?.activities.find((a) => a.id === activityId);
    if (!seen) throw new Error("activity not found");
    await caller.activity.update({
      activityId,
      expectedVersion: seen.version,
      content: { ...seen.content, minutes: 7 },
    });
    const error = await failure(
      caller.activity.update({
        activityId,
        expectedVersion: seen.version,
        content: { ...seen.content, minutes: 9 },
      }),
    );
    expect(error.code).toBe("CONFLICT");
    const current = (error.cause as { details?: { current?: { content: { minutes: number } } } })
      .details?.current;
    expect(current?.content.minutes).toBe(7);
  });
});

describe("a guardian editing", () => {
  const current = async () => {
    const { program } = await callerFor(testDeps(db), rivera).program.get({ childId: mayaId });
    const activity = program?.activities.find((a) => a.id === activityId);
    if (!program || !activity) throw new Error("no program");
    return { program, activity };
  };

  it("may move a hard moment only once the therapist opens moments to guardians", async () => {
    const { program, activity } = await current();
    const move = (version: number) =>
      callerFor(testDeps(db), johnson).activity.update({
        activityId,
        expectedVersion: version,
        structure: { ...HEAVY_WORK.structure, moments: [{ time: "17:00", label: "Homework" }] },
      });
    expect((await failure(move(activity.version))).code).toBe("FORBIDDEN");

    await callerFor(testDeps(db), rivera).program.update({
      childId: mayaId,
      expectedVersion: program.version,
      guardianEditable: ["sensory_moments"],
    });
    await move(activity.version);
    const after = await current();
    expect(
      after.activity.structure.kind === "sensory_diet" && after.activity.structure.moments,
    ).toEqual([{ time: "17:00", label: "Homework" }]);
  });

  it("may not change anything else in the activity", async () => {
    const { activity } = await current();
    const error = await failure(
      callerFor(testDeps(db), johnson).activity.update({
        activityId,
        expectedVersion: activity.version,
        content: { ...activity.content, title: "Renamed by a parent" },
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("can always add what they noticed", async () => {
    const note = await callerFor(testDeps(db), johnson).program.observe({
      childId: mayaId,
      text: "She asked for the laundry basket herself.",
    });
    expect(note.authorName).toBeTruthy();
    const notes = await callerFor(testDeps(db), rivera).program.observations({ childId: mayaId });
    expect(notes.map((n) => n.text)).toContain("She asked for the laundry basket herself.");
  });
});

describe("history and revert", () => {
  it("says what changed in words and undoes a change as a new change", async () => {
    const caller = callerFor(testDeps(db), rivera);
    const { program } = await caller.program.get({ childId: mayaId });
    const seen = program?.activities.find((a) => a.id === activityId);
    if (!seen) throw new Error("activity not found");
    await caller.activity.update({
      activityId,
      expectedVersion: seen.version,
      content: { ...seen.content, minutes: 12 },
    });
    const [latest] = await caller.program.history({ childId: mayaId });
    expect(latest?.changes.join(" ")).toMatch(/12/);
    expect(latest?.revertible).toBe(true);

    await caller.program.revert({ childId: mayaId, revisionId: latest?.id ?? "" });
    const reverted = (await caller.program.get({ childId: mayaId })).program?.activities.find(
      (a) => a.id === activityId,
    );
    expect(reverted?.content.minutes).toBe(seen.content.minutes);
    const [undo] = await caller.program.history({ childId: mayaId });
    expect(undo?.action).toBe("activity.revert");
    expect(undo?.changes[0]).toMatch(/^Undid/);
  });

  it("takes an added activity out of the program when its adding is undone", async () => {
    const caller = callerFor(testDeps(db), rivera);
    const added = await caller.activity.create({
      childId: mayaId,
      activity: { ...HEAVY_WORK, content: { ...HEAVY_WORK.content, title: "Wall push-ups" } },
    });
    const history = await caller.program.history({ childId: mayaId });
    const adding = history.find((r) => r.activityId === added.activityId);
    await caller.program.revert({ childId: mayaId, revisionId: adding?.id ?? "" });
    const titles = (await caller.program.get({ childId: mayaId })).program?.activities.map(
      (a) => a.content.title,
    );
    expect(titles).not.toContain("Wall push-ups");
  });
});

describe("live changes", () => {
  const events = createProgramEvents(url);
  afterAll(() => events.stop());

  it("reaches a listener on another connection once committed, and never for a rolled-back change", async () => {
    const seen: ProgramChange[] = [];
    const unsubscribe = await events.subscribe((change) => seen.push(change));
    try {
      const caller = callerFor(testDeps(db), rivera);
      const { program } = await caller.program.get({ childId: mayaId });
      const activity = program?.activities.find((a) => a.id === activityId);
      if (!program || !activity) throw new Error("no program");

      await db
        .transaction(async (tx) => {
          await callerFor(testDeps(tx), rivera).activity.update({
            activityId,
            expectedVersion: activity.version,
            content: { ...activity.content, minutes: 8 },
          });
          throw new Error("roll back");
        })
        .catch(() => undefined);
      await caller.activity.update({
        activityId,
        expectedVersion: activity.version,
        content: { ...activity.content, minutes: 9 },
      });
      for (let i = 0; i < 40 && seen.length === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ programId: program.id, childId: mayaId });
      const [latest] = await caller.program.history({ childId: mayaId });
      expect(seen[0]?.revisionId).toBe(latest?.id);
    } finally {
      unsubscribe();
    }
  });

  it("streams a change to the guardian's open view through program.changes, within 2 seconds", async () => {
    const stream = await callerFor(
      { ...testDeps(db), programEvents: events },
      johnson,
    ).program.changes({ childId: mayaId });
    const iterator = (stream as AsyncIterable<{ revisionId: string }>)[Symbol.asyncIterator]();
    const first = iterator.next();
    // Let the stream start listening before the therapist saves.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const therapist = callerFor(testDeps(db), rivera);
    const { program } = await therapist.program.get({ childId: mayaId });
    const activity = program?.activities.find((a) => a.id === activityId);
    if (!activity) throw new Error("no activity");
    const saved = Date.now();
    await therapist.activity.update({
      activityId,
      expectedVersion: activity.version,
      content: { ...activity.content, minutes: 10 },
    });
    const received: unknown = (await first).value;
    expect(Date.now() - saved).toBeLessThan(2000);
    const [latest] = await therapist.program.history({ childId: mayaId });
    expect(received).toEqual({ revisionId: latest?.id });
    await iterator.return?.();
  });

  it("streams nothing to another family", async () => {
    const error = await failure(
      callerFor({ ...testDeps(db), programEvents: events }, garcia).program.changes({
        childId: mayaId,
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("practice logging", () => {
  const log = (session: Session, clientKey: string, entry: unknown, extra: object = {}) =>
    callerFor(testDeps(db), session).practice.log({
      childId: mayaId,
      activityId,
      clientKey,
      practisedOn: "2027-01-12",
      entry: entry as never,
      ...extra,
    });

  it("records a practice once, however often the phone sends it", async () => {
    const entry = { kind: "sensory_diet", outcome: "done" };
    const first = await log(johnson, "phone-key-0001", entry, { mood: "great", minutes: 6 });
    const again = await log(johnson, "phone-key-0001", entry, { mood: "great", minutes: 6 });
    expect(first.created).toBe(true);
    expect(again).toEqual({ logId: first.logId, created: false });
    const logs = await callerFor(testDeps(db), rivera).practice.list({
      childId: mayaId,
      from: "2027-01-12",
      to: "2027-01-13",
    });
    expect(logs.filter((l) => l.id === first.logId)).toHaveLength(1);
    expect(logs[0]).toMatchObject({ minutes: 6, mood: "great", mine: false });
  });

  it("answers 404 to a family logging for a child who is not theirs", async () => {
    const error = await failure(
      log(garcia, "phone-key-0002", { kind: "sensory_diet", outcome: "done" }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("refuses impossible values with 400 naming the field, and a log of the wrong kind", async () => {
    const tooMany = await failure(
      log(johnson, "phone-key-0003", {
        kind: "ladder",
        level: 0,
        success: 100,
        withHelp: 100,
        notYet: 100,
      }),
    );
    expect(tooMany.code).toBe("BAD_REQUEST");
    expect(fieldOf(tooMany)).toBe("entry.success");
    const tooLong = await failure(
      log(johnson, "phone-key-0004", { kind: "sensory_diet", outcome: "done" }, { minutes: 240 }),
    );
    expect(fieldOf(tooLong)).toBe("minutes");
    const wrongKind = await failure(
      log(johnson, "phone-key-0005", {
        kind: "ladder",
        level: 0,
        success: 5,
        withHelp: 0,
        notYet: 0,
      }),
    );
    expect(wrongKind.code).toBe("BAD_REQUEST");
    expect(fieldOf(wrongKind)).toBe("entry.kind");
  });
});

describe("progression", () => {
  it("suggests a step up after three strong sessions, and the therapist applies it in one call", async () => {
    const therapist = callerFor(testDeps(db), rivera);
    const { activityId: ladderId } = await therapist.activity.create({
      childId: mayaId,
      activity: {
        content: {
          ...HEAVY_WORK.content,
          title: "Buttoning ladder",
          anchor: { routine: "morning" },
        },
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
    });
    for (const day of ["2027-01-13", "2027-01-14", "2027-01-15"]) {
      await callerFor(testDeps(db), johnson).practice.log({
        childId: mayaId,
        activityId: ladderId,
        clientKey: `ladder-${day}`,
        practisedOn: day,
        entry: { kind: "ladder", level: 0, success: 8, withHelp: 2, notYet: 0 },
      });
    }
    const progress = await therapist.progression.get({ childId: mayaId });
    const status = progress?.activities.find((a) => a.activityId === ladderId);
    expect(status?.suggestion).toMatchObject({ decision: "step_up", fromLevel: 0, toLevel: 1 });

    // The dashboard ranks Zoe among the children with a decision waiting, ahead of the rest.
    const caseload = await therapist.progression.caseload();
    const zoe = caseload.needsAttention.find((c) => c.childId === mayaId);
    expect(zoe?.reasons[0]).toBe("suggestion");
    expect(zoe?.suggestions).toEqual([
      expect.objectContaining({ activityId: ladderId, title: "Buttoning ladder", toLevel: 1 }),
    ]);
    const firstWithout = caseload.needsAttention.findIndex((c) => c.reasons[0] !== "suggestion");
    const lastWith = caseload.needsAttention.findLastIndex((c) => c.reasons[0] === "suggestion");
    expect(firstWithout === -1 || lastWith < firstWithout).toBe(true);
    const harbor = await signInAs(testDeps(db), "admin@harborkids.test");
    const theirs = await callerFor(testDeps(db), harbor).progression.caseload();
    const listed = [...theirs.needsAttention, ...theirs.onTrack, ...theirs.withoutProgram];
    expect(listed.map((c) => c.childId)).not.toContain(mayaId);

    // The clinic has not let guardians apply suggestions.
    const version = (await therapist.program.get({ childId: mayaId })).program?.activities.find(
      (a) => a.id === ladderId,
    )?.version;
    const refused = await failure(
      callerFor(testDeps(db), johnson).progression.accept({
        activityId: ladderId,
        expectedVersion: version ?? 0,
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");

    await therapist.progression.accept({ activityId: ladderId, expectedVersion: version ?? 0 });
    const after = (
      await callerFor(testDeps(db), johnson).program.get({ childId: mayaId })
    ).program?.activities.find((a) => a.id === ladderId);
    expect(after?.structure).toMatchObject({ kind: "ladder", currentLevel: 1 });
    const [latest] = await therapist.program.history({ childId: mayaId });
    expect(latest).toMatchObject({ action: "progression.apply" });
    expect(latest?.changes[0]).toMatch(/Level changed from 1 “Big buttons” to 2 “Small buttons”/);

    const again = await failure(
      therapist.progression.accept({ activityId: ladderId, expectedVersion: (version ?? 0) + 1 }),
    );
    expect(again.code).toBe("PRECONDITION_FAILED");
  });
  it("completes a mastered chain: it leaves the family's day and the history says why", async () => {
    const therapist = callerFor(testDeps(db), rivera);
    const { activityId: chainId } = await therapist.activity.create({
      childId: mayaId,
      activity: {
        content: { ...HEAVY_WORK.content, title: "Socks chain", anchor: { routine: "morning" } },
        structure: {
          kind: "chain",
          steps: [
            { title: "Open the sock", prompt: "independent" },
            { title: "Pull it over the heel", prompt: "independent" },
          ],
          direction: "backward",
          childFrom: 0,
          masteryStreak: 3,
        },
      },
    });
    for (const day of ["2027-01-13", "2027-01-14", "2027-01-15"]) {
      await callerFor(testDeps(db), johnson).practice.log({
        childId: mayaId,
        activityId: chainId,
        clientKey: `chain-${day}`,
        practisedOn: day,
        entry: {
          kind: "chain",
          childFrom: 0,
          steps: [0, 1].map((index) => ({ index, done: true, prompt: "independent" })),
        },
      });
    }
    const progress = await therapist.progression.get({ childId: mayaId });
    const status = progress?.activities.find((a) => a.activityId === chainId);
    expect(status?.suggestion).toMatchObject({ kind: "chain", decision: "complete" });

    await therapist.progression.accept({
      activityId: chainId,
      expectedVersion: status?.version ?? 0,
    });
    const view = await therapist.program.get({ childId: mayaId });
    expect(view.program?.activities.find((a) => a.id === chainId)).toBeUndefined();
    const [latest] = await therapist.program.history({ childId: mayaId });
    expect(latest?.changes).toEqual([
      "Mastered: the whole task done alone, so it leaves the family's day",
    ]);
  });
});

describe("check-ins", () => {
  it("takes the family's ratings once per review week, for the program's own goals", async () => {
    const family = callerFor(testDeps(db), johnson);
    await callerFor(testDeps(db), rivera).program.update({
      childId: mayaId,
      expectedVersion: (await family.program.get({ childId: mayaId })).program?.version ?? 0,
      goals: [
        { id: "g1", familyWords: "Homework starts calmly", clinicalWording: "Self-regulation" },
        { id: "g2", familyWords: "Dresses alone", clinicalWording: "Upper-body dressing" },
        { id: "g3", familyWords: "Enjoys practice", clinicalWording: "Engagement" },
      ],
    });
    const ratings = ["g1", "g2", "g3"].map((goalId) => ({
      goalId,
      performance: 5,
      satisfaction: 6,
    }));
    await family.checkIn.submit({ childId: mayaId, week: 4, submittedOn: "2027-02-01", ratings });
    const twice = await failure(
      family.checkIn.submit({ childId: mayaId, week: 4, submittedOn: "2027-02-02", ratings }),
    );
    expect(twice.code).toBe("CONFLICT");
    const unknownGoal = await failure(
      family.checkIn.submit({
        childId: mayaId,
        week: 8,
        submittedOn: "2027-03-01",
        ratings: [...ratings.slice(0, 2), { goalId: "nope", performance: 5, satisfaction: 5 }],
      }),
    );
    expect(unknownGoal.code).toBe("BAD_REQUEST");
    expect(fieldOf(unknownGoal)).toBe("ratings.2.goalId");
    const outOfScale = await failure(
      family.checkIn.submit({
        childId: mayaId,
        week: 8,
        submittedOn: "2027-03-01",
        ratings: [...ratings.slice(0, 2), { goalId: "g3", performance: 11, satisfaction: 5 }],
      }),
    );
    expect(fieldOf(outOfScale)).toBe("ratings.2.performance");
  });
});
