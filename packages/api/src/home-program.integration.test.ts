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

import { createProgramEvents } from "./ports/program-events";
import { callerFor, signInAs, testDeps } from "./testing/test-context";
import type { TrpcContext } from "./trpc/init";

const { db, url } = await useTestDatabase();

type Session = NonNullable<TrpcContext["session"]>;
let rivera: Session;
let admin: Session;
let johnson: Session;
let garcia: Session;
/** Zoe, a child of the Johnsons whose program these tests start. */
let mayaId: string;

const HEAVY_WORK = {
  content: {
    title: "Heavy work before homework",
    summary: "Five minutes of pushing and carrying before homework.",
    steps: ["Carry the laundry basket together."],
    why: "Heavy work calms the body before a demand.",
    minutes: 6,
    ages: { min: 4, max: 10 },
    materials: [],
    anchor: { routine: "homework" as const },
    goals: [],
  },
  structure: {
    kind: "sensory_diet" as const,
    moments: [{ time: "16:30", label: "Homework" }],
    menu: [{ title: "Carry the laundry", category: "heavy_work" as const }],
    leadMinutes: 15,
    durationMinutes: 6,
  },
};

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
});
