import { replaceAvailability } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireTherapist } from "../policy/therapist-access";
import type { UpdateAvailabilityInput } from "./availability.contracts";

/** Replaces the therapist's weekly hours and date overrides; booked sessions stay as they are. */
export async function updateAvailability(ctx: ActorContext, input: UpdateAvailabilityInput) {
  await ctx.db.transaction(async (tx) => {
    await requireTherapist(tx, ctx.actor, input.therapistId, "manage");
    await replaceAvailability(tx, ctx.actor.clinicId, input.therapistId, input);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "availability.update",
      entityType: "user",
      entityId: input.therapistId,
    });
  });
}
