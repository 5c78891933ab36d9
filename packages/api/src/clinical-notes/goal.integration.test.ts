import { TRPCError } from "@trpc/server";
import { and, asc, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { auditEvents, children, practiceLogs } from "@carryover/db/schema";
import { useTestDatabase } from "@carryover/db/testing/vitest";
import { withoutDemoCharts } from "@carryover/db/testing/without-demo-charts";

import { AppError } from "../errors";
import type { AuthSession } from "../identity/resolve-auth-session";
import { callerFor, rolledBack, signInAs, testDeps, testMeta } from "../testing/test-context";

const { db } = await useTestDatabase();
// These tests build each chart from an empty one.
await withoutDemoCharts(db);

type Session = AuthSession;
let rivera: Session;
let parent: Session;
let admin: Session;
let harborAdmin: Session;
let mayaId: string;
let ladderId: string;

const statement = {
  who: "Maya",
  does: "will button a shirt on her lap",
  howWell: "with no more than one verbal prompt in 4 of 5 mornings",
  byWhen: "within 12 weeks",
};
const familyWording = "Button her own shirt in the morning";

/** How a call was refused: the transport code, the words, and the field a service named. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  const cause = error.cause instanceof AppError ? error.cause : null;
  return {
    code: error.code,
    message: error.message,
    field: cause?.details.field,
    current: cause?.details.current,
  };
}

beforeAll(async () => {
  const deps = testDeps(db);
  rivera = await signInAs(deps, "ot.rivera@maplegrove.test");
  parent = await signInAs(deps, "parent.johnson@maplegrove.test");
  admin = await signInAs(deps, "admin@maplegrove.test");
  harborAdmin = await signInAs(deps, "admin@harborkids.test");
  const [maya] = await db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, "Maya"), eq(children.lastName, "Johnson")));
  if (!maya) throw new Error("Maya is not seeded");
  mayaId = maya.id;
  const { program } = await callerFor(deps, rivera).program.get({ childId: mayaId });
  const ladder = program?.activities.find((a) => a.structure.kind === "ladder");
  if (!ladder) throw new Error("Maya's demo program has no ladder");
  ladderId = ladder.id;
});

/** The latest 3 sessions at level 2 of Maya's ladder, straight from the demo practice log. */
async function latestSessionsAtLevel(level: number, count: number) {
  const logs = await db
    .select({ entry: practiceLogs.entry })
    .from(practiceLogs)
    .where(and(eq(practiceLogs.activityId, ladderId), isNull(practiceLogs.voidedAt)))
    .orderBy(asc(practiceLogs.practisedOn), asc(practiceLogs.loggedAt));
  const ladder = logs.flatMap((l) => (l.entry.kind === "ladder" ? [l.entry] : []));
  const run = ladder.slice(ladder.findLastIndex((e) => e.level !== level) + 1);
  return run.slice(-count);
}

describe("goal.list", () => {
  it("shows a goal linked to Maya's ladder with its level and success rate from the demo practice logs", async () => {
    await rolledBack(db, async (tx) => {
      const therapist = callerFor(testDeps(tx), rivera);
      const created = await therapist.goal.create({
        childId: mayaId,
        term: "long",
        statement,
        familyWording,
        programGoalId: "dressing",
        activityIds: [ladderId],
      });
      expect(created.sentence).toBe(
        "Maya will button a shirt on her lap with no more than one verbal prompt in 4 of 5 mornings within 12 weeks.",
      );
      await therapist.goal.create({
        childId: mayaId,
        term: "short",
        longTermGoalId: created.goalId,
        statement: { ...statement, does: "button big buttons on the table", byWhen: "in 4 weeks" },
        familyWording: "Button big buttons at the table",
        activityIds: [ladderId],
      });

      const { goals } = await therapist.goal.list({ childId: mayaId });
      expect(goals).toHaveLength(1);
      const [goal] = goals;
      const ladder = goal?.evidence.activities[0];
      if (ladder?.kind !== "ladder") throw new Error("the ladder's evidence is missing");
      const sessions = await latestSessionsAtLevel(2, 3);
      const successes = sessions.reduce((sum, s) => sum + s.success, 0);
      const attempts = sessions.reduce((sum, s) => sum + s.success + s.withHelp + s.notYet, 0);
      expect(ladder).toMatchObject({
        activityId: ladderId,
        level: 2,
        levelTitle: "Button a shirt on their lap",
        recentSessions: 3,
        successes,
        attempts,
        decision: "step_up",
      });
      expect(ladder.successRate).toBeCloseTo(successes / attempts);
      expect(ladder.successRate).toBeGreaterThanOrEqual(0.8);
      // The family's dressing ratings: 3 at the start, meaningfully higher since (2 points or more).
      expect(goal?.evidence.checkIns).toMatchObject({
        programGoalId: "dressing",
        first: { week: 0, performance: 3 },
        performance: { from: 3, direction: "up", meaningful: true },
      });
      expect(goal?.evidence.dose.length).toBeGreaterThan(0);
      expect(goal?.evidence.dose.length).toBeLessThanOrEqual(4);
      expect(goal?.shortTermGoals.map((g) => g.clinical?.sentence)).toEqual([
        "Maya will button big buttons on the table with no more than one verbal prompt in 4 of 5 mornings in 4 weeks.",
      ]);
    });
  });

  it("shows a guardian the family's wording and the evidence, never the clinical wording", async () => {
    await rolledBack(db, async (tx) => {
      const deps = testDeps(tx);
      await callerFor(deps, rivera).goal.create({
        childId: mayaId,
        term: "long",
        statement,
        familyWording,
        programGoalId: "dressing",
        activityIds: [ladderId],
      });
      const seen = await callerFor(deps, parent, testMeta({ requestId: "family-goals" })).goal.list(
        { childId: mayaId },
      );
      const [goal] = seen.goals;
      expect(goal).toMatchObject({ familyWording, term: "long", state: "active", clinical: null });
      expect(goal?.evidence.activities[0]).toMatchObject({ kind: "ladder", level: 2 });
      expect(goal?.evidence.checkIns?.programGoalId).toBe("dressing");
      const wire = JSON.stringify(seen);
      expect(wire).not.toContain("verbal prompt");
      expect(wire).not.toContain("button a shirt on her lap");
      const audited = await tx
        .select({ action: auditEvents.action, entityId: auditEvents.entityId })
        .from(auditEvents)
        .where(eq(auditEvents.requestId, "family-goals"));
      expect(audited).toEqual([{ action: "clinical_goal.family_list", entityId: mayaId }]);
    });
  });
});

describe("goal.create and goal.update", () => {
  it("names activityIds for an activity outside the child's program, and longTermGoalId for a bare short-term goal", async () => {
    const therapist = callerFor(testDeps(db), rivera);
    expect(
      await refusal(
        therapist.goal.create({
          childId: mayaId,
          term: "long",
          statement,
          familyWording,
          activityIds: ["00000000-0000-4000-8000-000000000000"],
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", field: "activityIds" });
    expect(
      await refusal(
        therapist.goal.create({ childId: mayaId, term: "short", statement, familyWording }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", field: "longTermGoalId" });
  });

  it("refuses a stale version with the goal as it stands now", async () => {
    await rolledBack(db, async (tx) => {
      const therapist = callerFor(testDeps(tx), rivera);
      const { goalId } = await therapist.goal.create({
        childId: mayaId,
        term: "long",
        statement,
        familyWording,
      });
      const { version } = await therapist.goal.update({
        goalId,
        version: 1,
        familyWording: "Button her shirt by herself",
      });
      expect(version).toBe(2);
      const stale = await refusal(
        therapist.goal.update({ goalId, version: 1, familyWording: "Old words" }),
      );
      expect(stale).toMatchObject({
        code: "CONFLICT",
        current: { version: 2, familyWording: "Button her shirt by herself" },
      });
      expect(await therapist.goal.setState({ goalId, state: "met" })).toEqual({ version: 3 });
    });
  });

  it("lets an admin read the goals but not write them", async () => {
    const clinicAdmin = callerFor(testDeps(db), admin);
    expect((await clinicAdmin.goal.list({ childId: mayaId })).goals).toBeInstanceOf(Array);
    expect(
      await refusal(
        clinicAdmin.goal.create({ childId: mayaId, term: "long", statement, familyWording }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers another clinic's admin NOT_FOUND on every goal procedure", async () => {
    await rolledBack(db, async (tx) => {
      const deps = testDeps(tx);
      const { goalId } = await callerFor(deps, rivera).goal.create({
        childId: mayaId,
        term: "long",
        statement,
        familyWording,
      });
      const harbor = callerFor(deps, harborAdmin);
      const outcomes = [
        await refusal(harbor.goal.list({ childId: mayaId })),
        await refusal(
          harbor.goal.create({ childId: mayaId, term: "long", statement, familyWording }),
        ),
        await refusal(harbor.goal.update({ goalId, version: 1, familyWording: "x" })),
        await refusal(harbor.goal.setState({ goalId, state: "met" })),
      ];
      expect(outcomes.map((o) => o.code)).toEqual([
        "NOT_FOUND",
        "NOT_FOUND",
        "NOT_FOUND",
        "NOT_FOUND",
      ]);
    });
  });
});
