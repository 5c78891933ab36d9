import type { Queryable } from "@carryover/db";
import { findChildFacts } from "@carryover/db/queries";
import { accessToActFor, decideBooking, decideChildAccess } from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";

/**
 * Loads what the policy needs and decides. A child outside the actor's reach is NOT_FOUND;
 * a guardian asking to manage their own child is FORBIDDEN (they already know it exists).
 */
export async function requireChildAccess(
  q: Queryable,
  actor: Actor,
  childId: string,
  need: "view" | "manage",
) {
  const facts = await findChildFacts(q, childId);
  if (!facts) throw notFound("child");
  const decision = decideChildAccess(actor, facts, parseClinicSettings(facts.settings));
  if (!decision.ok) throw notFound("child");
  if (need === "manage" && decision.access !== "manage") {
    throw new AppError(
      "FORBIDDEN",
      "GUARDIAN_CANNOT_MANAGE",
      "Only the child's therapists and clinic admins can change this.",
    );
  }
  return facts;
}

/** Acting for a child (booking, leaving a group): staff who manage the child, or one of its guardians. */
export const requireActingFor = (q: Queryable, actor: Actor, childId: string) =>
  requireChildAccess(q, actor, childId, accessToActFor(actor.role));

/**
 * Whether the actor may book sessions for a child: staff who manage the child, or a guardian of the
 * child whom the clinic lets book.
 */
export async function requireCanBookFor(q: Queryable, actor: Actor, childId: string) {
  const facts = await requireActingFor(q, actor, childId);
  if (!decideBooking(actor, facts).ok) {
    throw new AppError(
      "FORBIDDEN",
      "CANNOT_BOOK",
      "Your clinic hasn't enabled booking for you. Ask the clinic to book, or to let you book.",
    );
  }
}
