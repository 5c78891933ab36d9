import type { Queryable } from "@carryover/db";
import { can } from "@carryover/domain/access";

import type { Actor } from "../context";
import { AppError } from "../errors";
import { requireChildAccess } from "./child-access";

/**
 * Who may do what with a child's home program: everyone who may see the child reads it; the
 * child's therapists and the clinic's admins edit it; a guardian edits only when the clinic gave
 * them edit permission, and then only what the therapist opened to guardians.
 */
export async function requireProgramAccess(
  q: Queryable,
  actor: Actor,
  childId: string,
  need: "view" | "edit" | "manage",
) {
  const facts = await requireChildAccess(q, actor, childId, need === "manage" ? "manage" : "view");
  const staff = can(actor.role, "manageChildren");
  const canEdit = staff || facts.programEditorGuardianIds.includes(actor.userId);
  if (need === "edit" && !canEdit) {
    throw new AppError(
      "FORBIDDEN",
      "CANNOT_EDIT_PROGRAM",
      "Only the therapist can change this program. You can still add what you noticed.",
    );
  }
  return { facts, staff, canEdit };
}
