import { listGuardiansOfClinic, usersWithSecondFactor } from "@carryover/db/queries";

import type { ActorContext } from "../context";

/** The clinic's family members, and whether each signs in with a second factor. */
export async function listGuardians(ctx: ActorContext) {
  const guardians = await listGuardiansOfClinic(ctx.db, ctx.actor.clinicId);
  const withSecondFactor = await usersWithSecondFactor(
    ctx.db,
    guardians.map((g) => g.userId),
  );
  return guardians.map((g) => ({ ...g, twoFactor: withSecondFactor.has(g.userId) }));
}
