import { setChildTherapists } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import { requireChildAccess } from "../policy/child-access";
import type { UpdateChildTherapistsInput } from "./child.contracts";
import { requireClinicTherapists } from "./create-child";

export async function updateChildTherapists(ctx: ActorContext, input: UpdateChildTherapistsInput) {
  const { actor } = ctx;
  await ctx.db.transaction(async (tx) => {
    await requireChildAccess(tx, actor, input.childId, "manage");
    await requireClinicTherapists(tx, actor.clinicId, [
      ...(input.primaryTherapistId ? [input.primaryTherapistId] : []),
      ...input.therapistIds,
    ]);
    await setChildTherapists(tx, input.childId, input.primaryTherapistId, input.therapistIds);
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "child.update_therapists",
      entityType: "child",
      entityId: input.childId,
    });
  });
}
