import { and, eq, isNull, ne, sql } from "drizzle-orm";

import type { Queryable, Tx } from "../../client";
import {
  auditEvents,
  children,
  clinics,
  guardianLinks,
  homePrograms,
  memberships,
  programActivities,
  users,
} from "../../schema";

/** The audit action of a regulation reminder mailed to a guardian. */
export const REGULATION_REMINDER_ACTION = "program.regulation_reminder";

/**
 * Every active sensory diet across clinics, once per guardian who should hear about it (linked to
 * the child, still a member of the child's clinic, with an email), with the clinic's zone.
 */
export async function listRegulationReminderTargets(q: Queryable) {
  return q
    .select({
      activityId: programActivities.id,
      structure: programActivities.structure,
      startDate: homePrograms.startDate,
      childId: homePrograms.childId,
      clinicId: children.clinicId,
      timeZone: clinics.timeZone,
      clinicSettings: clinics.settings,
      guardianId: users.id,
      guardianTimeFormat: users.timeFormat,
    })
    .from(programActivities)
    .innerJoin(homePrograms, eq(homePrograms.id, programActivities.programId))
    .innerJoin(children, eq(children.id, homePrograms.childId))
    .innerJoin(clinics, eq(clinics.id, children.clinicId))
    .innerJoin(guardianLinks, eq(guardianLinks.childId, children.id))
    .innerJoin(users, eq(users.id, guardianLinks.guardianId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, users.id),
        eq(memberships.clinicId, children.clinicId),
        isNull(memberships.deactivatedAt),
      ),
    )
    .where(
      and(
        eq(programActivities.status, "active"),
        eq(programActivities.kind, "sensory_diet"),
        ne(users.email, ""),
      ),
    );
}

/**
 * One sensory diet and one of its child's guardians, read again when a reminder is about to go out;
 * undefined when the activity is gone or the guardian no longer stands for the child in its clinic.
 */
export async function findRegulationReminder(
  q: Queryable,
  input: { activityId: string; guardianId: string },
) {
  const [row] = await q
    .select({
      activityId: programActivities.id,
      status: programActivities.status,
      structure: programActivities.structure,
      startDate: homePrograms.startDate,
      childId: children.id,
      childFirstName: children.firstName,
      clinicId: clinics.id,
      clinicName: clinics.name,
      timeZone: clinics.timeZone,
      clinicSettings: clinics.settings,
      guardianId: users.id,
      guardianTimeFormat: users.timeFormat,
      guardianName: users.name,
      guardianEmail: users.email,
    })
    .from(programActivities)
    .innerJoin(homePrograms, eq(homePrograms.id, programActivities.programId))
    .innerJoin(children, eq(children.id, homePrograms.childId))
    .innerJoin(clinics, eq(clinics.id, children.clinicId))
    .innerJoin(
      guardianLinks,
      and(eq(guardianLinks.childId, children.id), eq(guardianLinks.guardianId, input.guardianId)),
    )
    .innerJoin(users, eq(users.id, guardianLinks.guardianId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, users.id),
        eq(memberships.clinicId, children.clinicId),
        isNull(memberships.deactivatedAt),
      ),
    )
    .where(and(eq(programActivities.id, input.activityId), ne(users.email, "")));
  return row;
}

/** Serialises the senders of one reminder (a retry racing a slow first attempt) until commit. */
export async function lockRegulationReminder(tx: Tx, key: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/** Whether the reminder job `requestId` already mailed about this child (its audit row exists). */
export async function wasRegulationReminderSent(
  q: Queryable,
  row: { childId: string; requestId: string },
) {
  const [found] = await q
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, "child"),
        eq(auditEvents.entityId, row.childId),
        eq(auditEvents.action, REGULATION_REMINDER_ACTION),
        eq(auditEvents.requestId, row.requestId),
      ),
    )
    .limit(1);
  return found !== undefined;
}
