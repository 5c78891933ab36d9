import type { Queryable } from "@carryover/db";
import { findSessionFacts } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireClinicalRecord } from "./clinical-record-access";

type SessionFacts = NonNullable<Awaited<ReturnType<typeof findSessionFacts>>>;

/** A session of the actor's clinic; another clinic's (or none) is NOT_FOUND. */
export async function requireClinicSession(q: Queryable, actor: Actor, appointmentId: string) {
  const facts = await findSessionFacts(q, appointmentId);
  if (!facts || facts.appointment.clinicId !== actor.clinicId) throw notFound("session");
  return facts;
}

/**
 * The part of a group session's notes shared by every child: the session's therapist writes it, or a
 * therapist who writes the record of every child seated in it (it shows on each child's note).
 */
export async function requireGroupSharedWriter(q: Queryable, actor: Actor, facts: SessionFacts) {
  if (facts.appointment.therapistId === actor.userId) {
    if (!can(actor.role, "writeClinicalRecord")) throw notFound("session");
    return;
  }
  if (facts.children.length === 0) throw notFound("session");
  for (const child of facts.children)
    await requireClinicalRecord(q, actor, child.id, "writeClinicalRecord");
}

/** Whether the actor may write the shared part, for the editor to offer it or not. */
export async function mayWriteGroupShared(q: Queryable, actor: Actor, facts: SessionFacts) {
  try {
    await requireGroupSharedWriter(q, actor, facts);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/** A group session has more than one child seated; a child's own session has no shared part. */
export const isGroupSession = (facts: { children: readonly unknown[] }) =>
  facts.children.length > 1;
