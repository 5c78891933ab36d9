import { isUniqueViolation } from "@carryover/db";
import { insertCalendarFeed, revokeActiveCalendarFeed } from "@carryover/db/queries";
import { can } from "@carryover/domain/access";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { newToken } from "../identity/tokens";
import { audit } from "../policy/audit";
import { calendarFeedUrl } from "./feed-calendar";

/**
 * A new secret calendar address for the person's sessions, replacing (and so revoking) any earlier
 * one. The address is returned only here; the database keeps the token's hash. Clinic admins and
 * billers hold no sessions, so they have no feed.
 */
export async function createCalendarFeed(ctx: ActorContext) {
  const { actor } = ctx;
  if (!can(actor.role, "holdSessions")) {
    throw new AppError(
      "FORBIDDEN",
      "NO_SESSIONS_TO_SHOW",
      "Calendar feeds are for therapists and families: your role holds no sessions.",
    );
  }
  const now = ctx.now();
  const { token, tokenHash } = newToken();
  try {
    return await ctx.db.transaction(async (tx) => {
      const replaced = await revokeActiveCalendarFeed(tx, actor.userId, actor.clinicId, now);
      for (const id of replaced) {
        await audit(tx, ctx.meta, {
          actorId: actor.userId,
          clinicId: actor.clinicId,
          action: "calendar_feed.revoke",
          entityType: "calendar_feed",
          entityId: id,
        });
      }
      const feed = await insertCalendarFeed(tx, {
        userId: actor.userId,
        clinicId: actor.clinicId,
        tokenHash,
      });
      await audit(tx, ctx.meta, {
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: "calendar_feed.create",
        entityType: "calendar_feed",
        entityId: feed.id,
      });
      return {
        url: calendarFeedUrl(ctx.appUrl, token),
        createdAt: feed.createdAt,
        replaced: replaced.length > 0,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        "CONFLICT",
        "FEED_CHANGED_MEANWHILE",
        "Your calendar address was just changed in another window. Reload the page and try again.",
      );
    }
    throw error;
  }
}
