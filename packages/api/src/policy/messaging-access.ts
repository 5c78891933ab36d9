import type { Queryable } from "@carryover/db";
import { findChildFacts } from "@carryover/db/queries";
import { decideChildAccess } from "@carryover/domain/access";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";

/**
 * The side of a child's conversation the actor writes on: the family (a guardian the clinic lets
 * message) or the care team (the child's therapists, the clinic's admins). A guardian the clinic
 * does not let message is told so; anyone else finds no such child.
 */
export async function requireConversationAccess(q: Queryable, actor: Actor, childId: string) {
  const facts = await findChildFacts(q, childId);
  if (!facts) throw notFound("child");
  const settings = parseClinicSettings(facts.settings);
  const decision = decideChildAccess(actor, facts, settings);
  if (!decision.ok) throw notFound("child");
  if (decision.access === "manage") return { facts, settings, side: "staff" as const };
  if (!facts.messagingGuardianIds.includes(actor.userId)) {
    throw new AppError(
      "FORBIDDEN",
      "MESSAGING_NOT_SHARED",
      "Your clinic hasn't turned on messages for you. Ask a guardian who has them, or call the clinic.",
    );
  }
  return { facts, settings, side: "family" as const };
}
