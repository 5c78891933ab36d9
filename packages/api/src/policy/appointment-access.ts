import type { Queryable } from "@carryover/db";
import { findAppointmentFacts, findChildrenFacts } from "@carryover/db/queries";
import {
  decideAppointmentAccess,
  decideAppointmentMove,
  decideChildAccess,
  decideGroupChange,
  runsAppointment,
} from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";

/**
 * An appointment the actor may act on: an admin of its clinic, its therapist, staff who manage one of
 * its children, or a guardian of one of them. Anyone else finds nothing. The children's facts are
 * read in one query, and only when the actor does not run the appointment.
 */
export async function requireAppointment(q: Queryable, actor: Actor, appointmentId: string) {
  const facts = await findAppointmentFacts(q, appointmentId);
  if (!facts) throw notFound("session");
  const children = runsAppointment(actor, facts.appointment)
    ? []
    : await findChildrenFacts(q, facts.childIds);
  const childAccess = children.map((child) =>
    decideChildAccess(actor, child, parseClinicSettings(child.settings)),
  );
  if (!decideAppointmentAccess(actor, facts.appointment, childAccess).ok) throw notFound("session");
  return { ...facts, children };
}

/**
 * A family acts on its own child's place in a group, never on the group itself: cancelling or moving
 * it would do so for every family in it.
 */
export function refuseFamilyChangingGroup(actor: Actor, appointment: { capacity: number }) {
  if (!decideGroupChange(actor, appointment).ok) {
    throw new AppError(
      "PRECONDITION_FAILED",
      "GROUP_SESSION",
      "This is a group session, so it can't be cancelled or moved for one family. To give up your child's place, leave the group instead.",
    );
  }
}

/**
 * Moving a session (one, or a series' occurrences): staff may; a guardian only an individual session
 * of a child the clinic lets them book for. `what` names what the clinic is asked to move.
 */
export function requireMayMove(
  actor: Actor,
  appointment: Awaited<ReturnType<typeof requireAppointment>>,
  what: "this session" | "these sessions",
) {
  if (!decideAppointmentMove(actor, appointment, appointment.children).ok) {
    throw new AppError("FORBIDDEN", "CANNOT_RESCHEDULE", `Please ask the clinic to move ${what}.`);
  }
}
