import { listStaff as list } from "@carryover/db/queries";

import type { ActorContext } from "../../context";

export const listStaff = (ctx: ActorContext) => list(ctx.db, ctx.actor.clinicId, ctx.now());
