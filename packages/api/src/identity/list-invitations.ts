import { listInvitations as list } from "@carryover/db/queries";
import { decideTokenState } from "@carryover/domain/identity";

import type { ActorContext } from "../context";

export async function listInvitations(ctx: ActorContext) {
  const now = ctx.now();
  const rows = await list(ctx.db, ctx.actor.clinicId);
  return rows.map((row) => {
    const state = decideTokenState(row, now);
    return { ...row, state: state.usable ? ("PENDING" as const) : state.reason };
  });
}
