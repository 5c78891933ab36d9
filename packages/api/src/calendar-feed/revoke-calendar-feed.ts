import { revokeActiveCalendarFeed } from "@carryover/db/queries";

import type { ActorContext } from "../context";
import { audit } from "../policy/audit";

/** Turns the person's calendar address off: calendars subscribed to it stop receiving sessions. */
export async function revokeCalendarFeed(ctx: ActorContext) {
  const { actor } = ctx;
  return ctx.db.transaction(async (tx) => {
    const revoked = await revokeActiveCalendarFeed(tx, actor.userId, actor.clinicId, ctx.now());
    for (const id of revoked) {
      await audit(tx, ctx.meta, {
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: "calendar_feed.revoke",
        entityType: "calendar_feed",
        entityId: id,
      });
    }
    return { revoked: revoked.length > 0 };
  });
}
