import { findActiveCalendarFeed } from "@carryover/db/queries";

import type { ActorContext } from "../context";

/** Whether the person has a calendar address; the address itself is shown only once, when made. */
export async function getCalendarFeed(ctx: ActorContext) {
  const feed = await findActiveCalendarFeed(ctx.db, ctx.actor.userId, ctx.actor.clinicId);
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null };
}
