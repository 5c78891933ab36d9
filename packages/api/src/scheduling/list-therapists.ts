import { listClinicTherapists } from "@carryover/db/queries";

import type { ActorContext } from "../context";

/** The clinic's therapists, for choosing whose times to see. */
export const listTherapists = (ctx: ActorContext) =>
  listClinicTherapists(ctx.db, ctx.actor.clinicId);
