import type { Queryable } from "@carryover/db";
import { findChildFacts } from "@carryover/db/queries";
import {
  accessToActFor,
  decideBooking,
  decideChildAccess,
  supervisesCareOf,
} from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";

/**
 * Loads what the policy needs and decides the actor's access to the child: whoever reaches it, and
 * for reading the chart also the OT who supervises the child's OT assistant (`access` "view").
 * Anyone else finds no such child.
 */
async function childAccessOf(q: Queryable, actor: Actor, childId: string, chart: boolean) {
  const facts = await findChildFacts(q, childId);
  if (!facts) throw notFound("child");
  const decision = decideChildAccess(actor, facts, parseClinicSettings(facts.settings));
  if (decision.ok) return { ...facts, access: decision.access };
  if (chart && supervisesCareOf(actor, facts)) return { ...facts, access: "view" as const };
  throw notFound("child");
}

/**
 * A child within the actor's reach, NOT_FOUND otherwise; a guardian asking to manage their own
 * child is FORBIDDEN (they already know it exists).
 */
export async function requireChildAccess(
  q: Queryable,
  actor: Actor,
  childId: string,
  need: "view" | "manage",
) {
  const facts = await childAccessOf(q, actor, childId, false);
  if (need === "manage" && facts.access !== "manage") {
    throw new AppError(
      "FORBIDDEN",
      "GUARDIAN_CANNOT_MANAGE",
      "Only the child's therapists and clinic admins can change this.",
    );
  }
  return facts;
}

/** Reading a child's chart: whoever reaches the child, and the supervising OT, who only reads it. */
export const requireChartReader = (q: Queryable, actor: Actor, childId: string) =>
  childAccessOf(q, actor, childId, true);

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
