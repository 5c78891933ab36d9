import type { Queryable } from "@carryover/db";
import { findChildFacts } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireChildAccess } from "./child-access";

/**
 * A child whose billing the actor keeps: billing staff (an admin, a biller) of the child's clinic,
 * whatever the child's therapists; a biller reaches no more of the child than billing asks. Anyone
 * else — a therapist, a family, another clinic — finds no such child.
 */
export async function requireBillingChild(q: Queryable, actor: Actor, childId: string) {
  if (!can(actor.role, "manageBilling")) throw notFound("child");
  const child = await findChildFacts(q, childId);
  if (!child || child.clinicId !== actor.clinicId) throw notFound("child");
  return child;
}

/** Billing staff of the actor's clinic; anyone else finds nothing to bill (`what` not found). */
export function requireBillingStaff(actor: Actor, what: string) {
  if (!can(actor.role, "manageBilling")) throw notFound(what);
}

/**
 * A child whose insurance card the actor enters from the portal: one of the child's guardians.
 * Staff and other families find no such child.
 */
export async function requireGuardianOfChild(q: Queryable, actor: Actor, childId: string) {
  if (!can(actor.role, "beLinkedToChildren")) throw notFound("child");
  return requireChildAccess(q, actor, childId, "view");
}

/**
 * A child's account (balance, statements, invoices, payments): the clinic's billing staff, or a
 * guardian the clinic lets see the bills (`guardianId` is theirs). A guardian without that permission
 * is told to ask; anyone else finds no such child.
 */
export async function requireAccountReader(q: Queryable, actor: Actor, childId: string) {
  const child = await findChildFacts(q, childId);
  if (!child || child.clinicId !== actor.clinicId) throw notFound("child");
  if (can(actor.role, "manageBilling")) return { child, guardianId: null };
  if (!can(actor.role, "beLinkedToChildren") || !child.guardianUserIds.includes(actor.userId))
    throw notFound("child");
  if (!child.billingGuardianIds.includes(actor.userId))
    throw new AppError(
      "FORBIDDEN",
      "BILLING_NOT_SHARED",
      "The clinic has not shared this child's bills with you. Ask the guardian who pays them, or the clinic.",
    );
  return { child, guardianId: actor.userId };
}
