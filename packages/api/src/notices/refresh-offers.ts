import type { Queryable } from "@carryover/db";
import { countSeatsTaken, expireOffers, listWaiting, offerSeats } from "@carryover/db/queries";
import type { appointments } from "@carryover/db/schema";
import { offerExpiresAt, offersToMake } from "@carryover/domain/notices";

import type { RequestMeta } from "../context";
import { audit } from "../policy/audit";
import type { JobRequest } from "../ports/jobs";
import { noticeJob, waitlistExpiryJob } from "./notice-jobs";

type Group = Pick<
  typeof appointments.$inferSelect,
  "id" | "clinicId" | "startsAt" | "status" | "capacity"
>;

/**
 * Brings a group's waitlist up to date while its row is locked: offers that ran out pass on, and each
 * seat that is free and not held goes to the next family in join order, held for two hours (never past
 * the start). Returns the jobs to enqueue once the transaction commits.
 */
export async function refreshOffers(
  tx: Queryable,
  meta: RequestMeta,
  group: Group,
  now: Date,
): Promise<JobRequest[]> {
  const expired = await expireOffers(tx, group.id, now);
  for (const entry of expired) {
    await audit(tx, meta, {
      actorId: null,
      clinicId: group.clinicId,
      action: "waitlist.offer_expired",
      entityType: "waitlist_entry",
      entityId: entry.id,
    });
  }
  if (group.status !== "scheduled" || +group.startsAt <= +now) return [];
  const waiting = await listWaiting(tx, group.id);
  const held = waiting.filter((w) => w.offeredUntil && +w.offeredUntil > +now).length;
  const n = offersToMake({
    capacity: group.capacity,
    seated: await countSeatsTaken(tx, group.id),
    heldOffers: held,
    waiting: waiting.filter((w) => !w.offeredUntil).length,
  });
  const until = new Date(Math.min(+offerExpiresAt(now), +group.startsAt));
  const offers = await offerSeats(tx, group.id, n, until);
  for (const offer of offers) {
    await audit(tx, meta, {
      actorId: null,
      clinicId: group.clinicId,
      action: "waitlist.offer",
      entityType: "waitlist_entry",
      entityId: offer.id,
    });
  }
  return offers.flatMap((offer) => [
    noticeJob({
      kind: "waitlist_offer",
      appointmentId: group.id,
      start: group.startsAt,
      waitlistEntryId: offer.id,
    }),
    waitlistExpiryJob(group.id, until),
  ]);
}
