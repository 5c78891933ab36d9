import { findClinic, updateClinic as update } from "@carryover/db/queries";
import { localeForClock, parseClinicSettings } from "@carryover/domain/clinic";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";
import type { UpdateClinicInput } from "./clinic.contracts";

export async function updateClinic(
  ctx: ActorContext,
  /** Settings left out keep what the clinic has. */
  input: UpdateClinicInput,
) {
  await ctx.db.transaction(async (tx) => {
    const current = parseClinicSettings((await findClinic(tx, ctx.actor.clinicId))?.settings);
    const { timeFormat, ...settings } = input.settings;
    await update(tx, ctx.actor.clinicId, {
      ...input,
      settings: {
        ...current,
        ...Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)),
        locale: timeFormat ? localeForClock(current.locale, timeFormat) : current.locale,
      },
    });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "clinic.update",
      entityType: "clinic",
      entityId: ctx.actor.clinicId,
    });
  });
}
