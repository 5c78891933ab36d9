import type { Queryable } from "@carryover/db";
import { can, type Action } from "@carryover/domain/access";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireChildAccess } from "./child-access";

/**
 * The clinical record of a child the actor reaches. A role that may not read it (a guardian) is told
 * it does not exist; staff who read it but may not write it (an admin) are refused in words.
 */
export async function requireClinicalRecord(
  q: Queryable,
  actor: Actor,
  childId: string,
  action: Extract<Action, "readClinicalRecord" | "writeClinicalRecord">,
) {
  if (!can(actor.role, "readClinicalRecord")) throw notFound("child");
  const facts = await requireChildAccess(q, actor, childId, "manage");
  if (!can(actor.role, action))
    throw new AppError(
      "FORBIDDEN",
      "CANNOT_WRITE_CLINICAL_RECORD",
      "Only therapists write the clinical record.",
    );
  return facts;
}

/** The family's versions of a child's record: a guardian linked to the child; anyone else finds nothing. */
export async function requireFamilyVersions(q: Queryable, actor: Actor, childId: string) {
  if (!can(actor.role, "readFamilyVersions")) throw notFound("child");
  return requireChildAccess(q, actor, childId, "view");
}
