import type { Queryable } from "@carryover/db";
import { findAppointmentFacts, findChildFacts } from "@carryover/db/queries";
import { decideChildAccess } from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { SessionActor } from "../../context";
import { notFound } from "../../errors";

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
