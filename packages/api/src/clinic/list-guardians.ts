import { listGuardiansOfClinic } from "@carryover/db/queries";

import type { ActorContext } from "../context";

export const listGuardians = (ctx: ActorContext) =>
  listGuardiansOfClinic(ctx.db, ctx.actor.clinicId);
