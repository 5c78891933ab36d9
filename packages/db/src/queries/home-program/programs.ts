import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, sql } from "drizzle-orm";

import type { Queryable, Tx } from "../../client";
import {
  activityTemplates,
  checkIns,
  homePrograms,
  practiceLogs,
  programActivities,
  programObservations,
  programRevisions,
  users,
} from "../../schema";

/** The channel every server process listens on; the payload names the program and its new state. */
export const PROGRAM_CHANNEL = "program_changes";

export type ProgramChange = { programId: string; childId: string; revisionId: string };

/** Delivered to every listener when the transaction commits, and never when it rolls back. */
export async function notifyProgramChanged(tx: Tx, change: ProgramChange) {
  await tx.execute(sql`select pg_notify(${PROGRAM_CHANNEL}, ${JSON.stringify(change)})`);
}

// Templates

export async function listActivityTemplates(q: Queryable, clinicId: string) {
  return q
    .select()
    .from(activityTemplates)
    .where(and(eq(activityTemplates.clinicId, clinicId), isNull(activityTemplates.archivedAt)))
    .orderBy(asc(activityTemplates.title));
}

export async function findActivityTemplate(q: Queryable, clinicId: string, templateId: string) {
  const [row] = await q
    .select()
    .from(activityTemplates)
    .where(
      and(
        eq(activityTemplates.id, templateId),
        eq(activityTemplates.clinicId, clinicId),
        isNull(activityTemplates.archivedAt),
      ),
    );
  return row;
}

export async function insertActivityTemplates(
  q: Queryable,
  rows: (typeof activityTemplates.$inferInsert)[],
) {
  if (rows.length === 0) return [];
  return q.insert(activityTemplates).values(rows).returning({ id: activityTemplates.id });
}

export async function updateActivityTemplate(
  q: Queryable,
  templateId: string,
  patch: Pick<typeof activityTemplates.$inferInsert, "title" | "kind" | "content" | "structure">,
) {
  const [row] = await q
    .update(activityTemplates)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(activityTemplates.id, templateId))
    .returning({ id: activityTemplates.id });
  return row;
}

// Programs

export async function findProgramByChild(q: Queryable, childId: string) {
  const [row] = await q.select().from(homePrograms).where(eq(homePrograms.childId, childId));
  return row;
}

export async function insertProgram(q: Queryable, program: typeof homePrograms.$inferInsert) {
  const [row] = await q.insert(homePrograms).values(program).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Applies the change only to the version the editor saw; undefined when someone changed it first. */
export async function updateProgramSettings(
  tx: Tx,
  programId: string,
  expectedVersion: number,
  patch: Partial<
    Pick<
      typeof homePrograms.$inferInsert,
      "goals" | "minutesPerDay" | "daysPerWeek" | "startDate" | "routineTimes" | "guardianEditable"
    >
  >,
) {
  const [row] = await tx
    .update(homePrograms)
    .set({ ...patch, version: sql`${homePrograms.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(homePrograms.id, programId), eq(homePrograms.version, expectedVersion)))
    .returning();
  return row;
}

// Activities

export async function listProgramActivities(q: Queryable, programId: string) {
  return q
    .select()
    .from(programActivities)
    .where(
      and(eq(programActivities.programId, programId), ne(programActivities.status, "archived")),
    )
    .orderBy(asc(programActivities.position), asc(programActivities.createdAt));
}

/** An activity with the child whose program holds it, for the access policy. */
export async function findProgramActivity(q: Queryable, activityId: string) {
  const [row] = await q
    .select({ activity: programActivities, childId: homePrograms.childId })
    .from(programActivities)
    .innerJoin(homePrograms, eq(homePrograms.id, programActivities.programId))
    .where(eq(programActivities.id, activityId));
  return row;
}

export async function insertProgramActivity(
  tx: Tx,
  activity: Omit<typeof programActivities.$inferInsert, "position">,
) {
  const [row] = await tx
    .insert(programActivities)
    .values({
      ...activity,
      position: sql`(select coalesce(max(${programActivities.position}), -1) + 1 from ${programActivities} where ${programActivities.programId} = ${activity.programId})`,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Applies the change only to the version the editor saw; undefined when someone changed it first. */
export async function updateProgramActivity(
  tx: Tx,
  activityId: string,
  expectedVersion: number,
  patch: Partial<
    Pick<typeof programActivities.$inferInsert, "content" | "structure" | "status" | "kind">
  >,
  updatedById: string,
) {
  const [row] = await tx
    .update(programActivities)
    .set({
      ...patch,
      updatedById,
      version: sql`${programActivities.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(eq(programActivities.id, activityId), eq(programActivities.version, expectedVersion)),
    )
    .returning();
  return row;
}

// Revisions

export async function insertRevision(tx: Tx, revision: typeof programRevisions.$inferInsert) {
  const [row] = await tx
    .insert(programRevisions)
    .values(revision)
    .returning({ id: programRevisions.id, at: programRevisions.at });
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function listRevisions(q: Queryable, programId: string, limit = 100) {
  return q
    .select({
      id: programRevisions.id,
      activityId: programRevisions.activityId,
      actorId: programRevisions.actorId,
      at: programRevisions.at,
      action: programRevisions.action,
      changes: programRevisions.changes,
      activityVersion: programRevisions.activityVersion,
      before: programRevisions.before,
      after: programRevisions.after,
    })
    .from(programRevisions)
    .where(eq(programRevisions.programId, programId))
    .orderBy(desc(programRevisions.at), desc(programRevisions.id))
    .limit(limit);
}

export async function findRevision(q: Queryable, programId: string, revisionId: string) {
  const [row] = await q
    .select()
    .from(programRevisions)
    .where(and(eq(programRevisions.id, revisionId), eq(programRevisions.programId, programId)));
  return row;
}

// Practice

/** Inserts the log unless this device already sent it; either way answers the stored row. */
export async function insertPracticeLog(tx: Tx, log: typeof practiceLogs.$inferInsert) {
  const [inserted] = await tx
    .insert(practiceLogs)
    .values(log)
    .onConflictDoNothing({ target: [practiceLogs.loggedById, practiceLogs.clientKey] })
    .returning();
  if (inserted) return { log: inserted, created: true };
  const [existing] = await tx
    .select()
    .from(practiceLogs)
    .where(
      and(eq(practiceLogs.loggedById, log.loggedById), eq(practiceLogs.clientKey, log.clientKey)),
    );
  if (!existing) throw new Error("practice log vanished");
  return { log: existing, created: false };
}

/**
 * A child's practice on local dates in [from, to) (either end open when omitted), oldest first;
 * a log the family undid counts nowhere.
 */
export async function listPracticeLogs(
  q: Queryable,
  childId: string,
  range: { from?: string; to?: string; activityIds?: string[] } = {},
) {
  const { from, to, activityIds } = range;
  return q
    .select()
    .from(practiceLogs)
    .where(
      and(
        eq(practiceLogs.childId, childId),
        isNull(practiceLogs.voidedAt),
        from ? gte(practiceLogs.practisedOn, from) : undefined,
        to ? lt(practiceLogs.practisedOn, to) : undefined,
        activityIds ? inArray(practiceLogs.activityId, activityIds) : undefined,
      ),
    )
    .orderBy(asc(practiceLogs.practisedOn), asc(practiceLogs.loggedAt));
}

// Observations and check-ins

export async function insertObservation(
  tx: Tx,
  observation: typeof programObservations.$inferInsert,
) {
  const [row] = await tx.insert(programObservations).values(observation).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function listObservations(q: Queryable, programId: string, limit = 50) {
  return q
    .select()
    .from(programObservations)
    .where(eq(programObservations.programId, programId))
    .orderBy(desc(programObservations.at))
    .limit(limit);
}

export async function listCheckIns(q: Queryable, programId: string) {
  return q
    .select()
    .from(checkIns)
    .where(eq(checkIns.programId, programId))
    .orderBy(asc(checkIns.week));
}

export async function insertCheckIn(tx: Tx, checkIn: typeof checkIns.$inferInsert) {
  const [row] = await tx
    .insert(checkIns)
    .values(checkIn)
    .onConflictDoNothing({ target: [checkIns.programId, checkIns.week] })
    .returning();
  return row;
}

/** Names of people, for history and observations (ids of people who left answer nothing). */
export async function listUserNames(q: Queryable, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await q
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}
