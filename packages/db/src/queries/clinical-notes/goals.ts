import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";

import type { GoalState } from "@carryover/domain/clinical-notes";

import type { Queryable, Tx } from "../../client";
import { clinicalGoals } from "../../schema";

export type ClinicalGoalRow = typeof clinicalGoals.$inferSelect;

/** A child's goals: long-term goals in position order, each followed by its short-term goals. */
export async function listClinicalGoalsOfChild(q: Queryable, childId: string) {
  const rows = await q
    .select()
    .from(clinicalGoals)
    .where(eq(clinicalGoals.childId, childId))
    .orderBy(asc(clinicalGoals.position), asc(clinicalGoals.createdAt));
  return rows;
}

export async function findClinicalGoal(q: Queryable, goalId: string) {
  const [row] = await q.select().from(clinicalGoals).where(eq(clinicalGoals.id, goalId));
  return row;
}

/** The goals of several plans of care, in position order. */
export async function listClinicalGoalsOfPlans(q: Queryable, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return q
    .select()
    .from(clinicalGoals)
    .where(inArray(clinicalGoals.planOfCareId, [...planIds]))
    .orderBy(asc(clinicalGoals.position), asc(clinicalGoals.createdAt));
}

/** Inserts a goal after the child's last one. */
export async function insertClinicalGoal(
  tx: Tx,
  goal: Omit<typeof clinicalGoals.$inferInsert, "position" | "version">,
) {
  const [row] = await tx
    .insert(clinicalGoals)
    .values({
      ...goal,
      position: sql`(select coalesce(max(${clinicalGoals.position}) + 1, 0) from ${clinicalGoals} where ${clinicalGoals.childId} = ${goal.childId})`,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Applies the change only to the version the editor saw; undefined when someone changed it first. */
export async function updateClinicalGoal(
  tx: Tx,
  goalId: string,
  expectedVersion: number,
  patch: Partial<
    Pick<
      typeof clinicalGoals.$inferInsert,
      "who" | "does" | "howWell" | "byWhen" | "familyWording" | "programGoalId" | "activityIds"
    >
  >,
) {
  const [row] = await tx
    .update(clinicalGoals)
    .set({ ...patch, version: sql`${clinicalGoals.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(clinicalGoals.id, goalId), eq(clinicalGoals.version, expectedVersion)))
    .returning();
  return row;
}

export async function setClinicalGoalState(tx: Tx, goalId: string, state: GoalState) {
  const [row] = await tx
    .update(clinicalGoals)
    .set({ state, version: sql`${clinicalGoals.version} + 1`, updatedAt: sql`now()` })
    .where(eq(clinicalGoals.id, goalId))
    .returning();
  return row;
}

/** Attaches the child's goals to a plan of care; goals of another child are left alone. */
export async function attachClinicalGoalsToPlan(
  tx: Tx,
  input: { childId: string; planOfCareId: string; goalIds: readonly string[] },
) {
  if (input.goalIds.length === 0) return;
  await tx
    .update(clinicalGoals)
    .set({ planOfCareId: input.planOfCareId, updatedAt: sql`now()` })
    .where(
      and(eq(clinicalGoals.childId, input.childId), inArray(clinicalGoals.id, [...input.goalIds])),
    );
}

/** Detaches from a plan the goals no longer named for it. */
export async function detachClinicalGoalsFromPlan(
  tx: Tx,
  planOfCareId: string,
  keepGoalIds: readonly string[],
) {
  await tx
    .update(clinicalGoals)
    .set({ planOfCareId: null, updatedAt: sql`now()` })
    .where(
      and(
        eq(clinicalGoals.planOfCareId, planOfCareId),
        keepGoalIds.length > 0 ? notInArray(clinicalGoals.id, [...keepGoalIds]) : undefined,
      ),
    );
}
