import type { Queryable } from "@carryover/db";
import { findClinicTherapist } from "@carryover/db/queries";
import { decideScheduleChange } from "@carryover/domain/access";

import type { Actor } from "../context";
import { AppError, notFound } from "../errors";

/** A therapist of the actor's clinic, or NOT_FOUND; with `manage`, only the therapist or an admin. */
export async function requireTherapist(
  q: Queryable,
  actor: Actor,
  therapistId: string,
  need: "view" | "manage",
) {
  const therapist = await findClinicTherapist(q, actor.clinicId, therapistId);
  if (!therapist) throw notFound("therapist");
  if (need === "manage" && !decideScheduleChange(actor, therapistId).ok) {
    throw new AppError(
      "FORBIDDEN",
      "NOT_YOUR_SCHEDULE",
      "Only the therapist or a clinic admin can change these hours.",
    );
  }
  return therapist;
}
