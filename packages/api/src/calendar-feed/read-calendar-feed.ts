import {
  findCalendarFeedByTokenHash,
  listCalendarFeedSessions,
  type CalendarFeedScope,
} from "@carryover/db/queries";
import { reachOf, type Reach } from "@carryover/domain/access";

import type { RequestMeta, ServiceDeps } from "../context";
import { notFound } from "../errors";
import { hashToken } from "../identity/tokens";
import { audit } from "../policy/audit";
import { requireWithinLimit } from "../policy/rate-limit";
import { buildCalendarFeed, tokenFromFeedPath } from "./feed-calendar";

const DAY = 86_400_000;
export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 180;

/** A therapist's feed holds their own sessions, a guardian's their children's, an admin's or a biller's none. */
function feedScope(
  reach: Reach,
  owner: { userId: string; clinicId: string },
): CalendarFeedScope | null {
  switch (reach) {
    case "caseload":
      return { kind: "therapist", clinicId: owner.clinicId, therapistId: owner.userId };
    case "family":
      return { kind: "guardian", clinicId: owner.clinicId, guardianId: owner.userId };
    case "clinic":
    case "none":
      return null;
  }
}

/**
 * The iCalendar text behind a secret calendar address: the owner's non-cancelled sessions from 30
 * days back to 180 days ahead — a therapist's own, a guardian's children's (any child they are
 * linked to), none for an admin. Cancelled sessions are left out, so a refreshed calendar drops them.
 * A revoked or unknown address, or one whose owner left the clinic, finds nothing. Each fetch is
 * audited under the owner's name, with the fetching address.
 */
export async function readCalendarFeed(
  deps: ServiceDeps,
  meta: RequestMeta,
  input: { token: string },
) {
  // Counted before the token is looked at, so guessing tokens from one address soon stops.
  await requireWithinLimit(deps, "calendarFeedPerAddress", meta.ip ?? "unknown");
  const token = tokenFromFeedPath(input.token);
  if (!/^[\w-]{20,100}$/.test(token)) throw notFound("calendar feed");
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const feed = await findCalendarFeedByTokenHash(tx, hashToken(token));
    if (!feed) throw notFound("calendar feed");
    const from = new Date(+now - FEED_DAYS_BACK * DAY);
    const to = new Date(+now + FEED_DAYS_AHEAD * DAY);
    const scope = feedScope(reachOf(feed.role), feed);
    const appointments = scope ? await listCalendarFeedSessions(tx, scope, from, to) : [];
    await audit(tx, meta, {
      actorId: feed.userId,
      clinicId: feed.clinicId,
      action: "calendar_feed.read",
      entityType: "calendar_feed",
      entityId: feed.id,
    });
    return { ics: buildCalendarFeed(appointments) };
  });
}
