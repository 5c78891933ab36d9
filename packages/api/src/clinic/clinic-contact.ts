import { findClinic, updateClinic } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import type { UpdateClinicContactInput } from "./clinic.contracts";

/** The clinic's name, phone and address, for anyone signed in to it. */
export async function getClinicContact(ctx: ActorContext) {
  const clinic = await findClinic(ctx.db, ctx.actor.clinicId);
  if (!clinic) throw notFound("clinic");
  return { name: clinic.name, phone: clinic.phone, address: clinic.address };
}

export async function updateClinicContact(ctx: ActorContext, input: UpdateClinicContactInput) {
  await ctx.db.transaction(async (tx) => {
    await updateClinic(tx, ctx.actor.clinicId, { phone: input.phone, address: input.address });
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "clinic.update_contact",
      entityType: "clinic",
      entityId: ctx.actor.clinicId,
    });
  });
}
