import { updateClinic as update } from "@carryover/db/queries";
import type { ClinicSettings } from "@carryover/domain/clinic";

import type { ActorContext } from "../../context";
import { audit } from "../../policy/audit";

export async function updateClinic(
  ctx: ActorContext,
  input: { name: string; timeZone: string; settings: ClinicSettings },
) {
  await ctx.db.transaction(async (tx) => {
    await update(tx, ctx.actor.clinicId, input);
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "clinic.update",
      entityType: "clinic",
      entityId: ctx.actor.clinicId,
    });
  });
}
