import type { Queryable } from "@carryover/db";
import { can, type Action } from "@carryover/domain/access";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireChartReader, requireChildAccess } from "./child-access";

type ClinicalAction = Extract<
  Action,
  "readClinicalRecord" | "writeClinicalRecord" | "recordReferralsAndConsents"
>;

/**
 * A child's clinical record: a child outside the actor's reach is NOT_FOUND; so is the record itself
 * to a role that may not read it (a guardian: it is not theirs to know of). Staff who read it but may
 * not do this (an admin writing a goal, a supervising OT changing their assistant's child's record)
 * are FORBIDDEN.
 */
export async function requireClinicalRecord(
  q: Queryable,
  actor: Actor,
  childId: string,
  action: ClinicalAction,
) {
  const facts = await requireChartReader(q, actor, childId);
  const reads = action === "readClinicalRecord";
  if (can(actor.role, action) && (reads || facts.access === "manage")) return facts;
  if (!can(actor.role, "readClinicalRecord")) throw notFound("child");
  throw therapistsOnly();
}

/** Staff who read the record but may not write it (an admin) are told so, not told it is missing. */
export const therapistsOnly = () =>
  new AppError(
    "FORBIDDEN",
    "CANNOT_WRITE_CLINICAL_RECORD",
    "Only the child's therapists can change the clinical record. You can read it.",
  );

/** Goals in the family's words: the child's guardians; staff read the whole record. */
export async function requireGoalReader(q: Queryable, actor: Actor, childId: string) {
  const facts = await requireChartReader(q, actor, childId);
  if (can(actor.role, "readClinicalRecord")) return { facts, view: "clinical" as const };
  if (can(actor.role, "readFamilyVersions")) return { facts, view: "family" as const };
  throw notFound("child");
}

/** The family's versions of a child's record: a guardian linked to the child; anyone else finds nothing. */
export async function requireFamilyVersions(q: Queryable, actor: Actor, childId: string) {
  if (!can(actor.role, "readFamilyVersions")) throw notFound("child");
  return requireChildAccess(q, actor, childId, "view");
}
