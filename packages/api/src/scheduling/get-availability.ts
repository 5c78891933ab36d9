import { findAvailability } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { requireTherapist } from "../policy/therapist-access";
import type { TherapistId } from "./availability.contracts";

export async function getAvailability(ctx: ActorContext, input: TherapistId) {
  const therapist = await requireTherapist(ctx.db, ctx.actor, input.therapistId, "view");
  const availability = await findAvailability(ctx.db, therapist.id);
  return { therapistId: therapist.id, timeZone: therapist.timeZone, ...availability };
}
