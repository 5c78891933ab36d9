import { findClinic } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { ActorContext } from "../context";
import { notFound } from "../errors";

export async function getClinic(ctx: ActorContext) {
  const clinic = await findClinic(ctx.db, ctx.actor.clinicId);
  if (!clinic) throw notFound("clinic");
  return {
    id: clinic.id,
    name: clinic.name,
    timeZone: clinic.timeZone,
    settings: parseClinicSettings(clinic.settings),
  };
}
