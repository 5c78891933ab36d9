import type { Queryable } from "@carryover/db";
import { findAppointmentFacts, findChildFacts } from "@carryover/db/queries";
import { decideChildAccess } from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { SessionActor } from "../context";
import { AppError, notFound } from "../errors";

/**
 * An appointment the actor may act on: an admin of its clinic, its therapist, staff who manage one of
 * its children, or a guardian of one of them. Anyone else finds nothing.
 */
export async function requireAppointment(q: Queryable, actor: SessionActor, appointmentId: string) {
  const facts = await findAppointmentFacts(q, appointmentId);
  if (!facts || facts.appointment.clinicId !== actor.clinicId) throw notFound("session");
  if (actor.role === "admin" || facts.appointment.therapistId === actor.userId) return facts;
  for (const childId of facts.childIds) {
    const child = await findChildFacts(q, childId);
    if (child && decideChildAccess(actor, child, parseClinicSettings(child.settings)).ok)
      return facts;
  }
  throw notFound("session");
}

/**
 * A family acts on its own child's place in a group, never on the group itself: cancelling or moving
 * it would do so for every family in it.
 */
export function refuseFamilyChangingGroup(actor: SessionActor, appointment: { capacity: number }) {
  if (actor.role === "guardian" && appointment.capacity > 1) {
    throw new AppError(
      "PRECONDITION_FAILED",
      "GROUP_SESSION",
      "This is a group session, so it can't be cancelled or moved for one family. To give up your child's place, leave the group instead.",
    );
  }
}
