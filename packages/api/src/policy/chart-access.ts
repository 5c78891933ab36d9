import type { Queryable } from "@carryover/db";
import { can } from "@carryover/domain/access";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";
import { requireChildAccess } from "./child-access";

/** What the chart's facts ask of a role: reading the clinical record, writing it, keeping its paperwork. */
export type ChartAction =
  "readClinicalRecord" | "writeClinicalRecord" | "recordReferralsAndConsents";

/**
 * A child's clinical record for one action. Anyone who does not reach the child, or may not read
 * the record at all (a guardian: it is not theirs to know of), finds nothing; staff who read it but
 * may not do this are told so.
 */
export async function requireChartAccess(
  q: Queryable,
  actor: Actor,
  childId: string,
  action: ChartAction,
) {
  const facts = await requireChildAccess(q, actor, childId, "view");
  if (!can(actor.role, "readClinicalRecord")) throw notFound("child");
  if (!can(actor.role, action))
    throw new AppError(
      "FORBIDDEN",
      "CANNOT_WRITE_CLINICAL_RECORD",
      "Only the child's therapists can change the clinical record.",
    );
  return facts;
}
