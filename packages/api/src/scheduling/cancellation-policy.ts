import { findClinic, updateClinic } from "@carryover/db/queries";
import { parseClinicSettings } from "@carryover/domain/clinic";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import type { UpdateCancellationPolicyInput } from "./session-type.contracts";

/** The clinic's cancellation policy in its own words: what families read where they book and cancel. */
export async function getCancellationPolicy(ctx: ActorContext) {
  const clinic = await findClinic(ctx.db, ctx.actor.clinicId);
  if (!clinic) throw notFound("clinic");
  return { text: parseClinicSettings(clinic.settings).cancellationPolicy };
}

export async function updateCancellationPolicy(
  ctx: ActorContext,
  input: UpdateCancellationPolicyInput,
) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const clinic = await findClinic(tx, actor.clinicId);
    if (!clinic) throw notFound("clinic");
    const settings = { ...parseClinicSettings(clinic.settings), cancellationPolicy: input.text };
    await updateClinic(tx, actor.clinicId, { settings });
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "sessionType.updatePolicy",
      entityType: "clinic",
      entityId: actor.clinicId,
    });
    return { text: input.text };
  });
}
