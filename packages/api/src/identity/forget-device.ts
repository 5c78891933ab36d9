import { revokeRememberedDevice } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { notFound } from "../errors";
import { audit } from "../policy/audit";
import type { DeviceInput } from "./two-factor.contracts";

/** A trusted device asks for the second factor again at its next sign-in. */
export async function forgetDevice(ctx: ActorContext, input: DeviceInput) {
  await ctx.db.transaction(async (tx) => {
    const revoked = await revokeRememberedDevice(tx, {
      userId: ctx.actor.userId,
      id: input.deviceId,
      now: ctx.now(),
    });
    if (!revoked) throw notFound("device");
    await audit(tx, ctx.meta, {
      actorId: ctx.actor.userId,
      clinicId: ctx.actor.clinicId,
      action: "auth.device_forgotten",
      entityType: "remembered_device",
      entityId: input.deviceId,
    });
  });
}
