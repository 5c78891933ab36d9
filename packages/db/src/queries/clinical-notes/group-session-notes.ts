import { and, asc, eq, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import { clinicalNotes, groupSessionNotes } from "../../schema";

/** A session with no shared part written yet reads as this one: empty, at version 1. */
export const UNWRITTEN_GROUP_SHARED = { text: "", version: 1 } as const;

/**
 * The shared part of a group session's notes as it stands; `lock` holds it until the transaction ends,
 * so a note signed meanwhile copies the text a concurrent save has not yet replaced.
 */
export async function findGroupShared(
  q: Queryable,
  appointmentId: string,
  options: { lock?: boolean } = {},
): Promise<{ text: string; version: number }> {
  const query = q
    .select({ text: groupSessionNotes.text, version: groupSessionNotes.version })
    .from(groupSessionNotes)
    .where(eq(groupSessionNotes.appointmentId, appointmentId));
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? UNWRITTEN_GROUP_SHARED;
}

/**
 * Saves the shared part if it is still at `expectedVersion` (an unwritten one is at 1); undefined when
 * someone saved it meanwhile, so two therapists never overwrite each other silently.
 */
export async function saveGroupShared(
  q: Queryable,
  shared: {
    appointmentId: string;
    clinicId: string;
    text: string;
    expectedVersion: number;
    byId: string;
    at: Date;
  },
) {
  const changes = {
    text: shared.text,
    version: sql`${groupSessionNotes.version} + 1`,
    updatedAt: shared.at,
    updatedById: shared.byId,
  };
  const isCurrent = eq(groupSessionNotes.version, shared.expectedVersion);
  if (shared.expectedVersion !== UNWRITTEN_GROUP_SHARED.version) {
    const [row] = await q
      .update(groupSessionNotes)
      .set(changes)
      .where(and(eq(groupSessionNotes.appointmentId, shared.appointmentId), isCurrent))
      .returning({ version: groupSessionNotes.version });
    return row;
  }
  const [row] = await q
    .insert(groupSessionNotes)
    .values({
      appointmentId: shared.appointmentId,
      clinicId: shared.clinicId,
      text: shared.text,
      version: UNWRITTEN_GROUP_SHARED.version + 1,
      updatedAt: shared.at,
      updatedById: shared.byId,
    })
    .onConflictDoUpdate({
      target: groupSessionNotes.appointmentId,
      set: changes,
      setWhere: isCurrent,
    })
    .returning({ version: groupSessionNotes.version });
  return row;
}

/** The visit notes of a session's children, signed or not. */
export async function listSessionVisitNotes(q: Queryable, appointmentId: string) {
  return q
    .select({
      id: clinicalNotes.id,
      childId: clinicalNotes.childId,
      signedAt: clinicalNotes.signedAt,
    })
    .from(clinicalNotes)
    .where(and(eq(clinicalNotes.appointmentId, appointmentId), eq(clinicalNotes.kind, "visit")))
    .orderBy(asc(clinicalNotes.createdAt));
}
