import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lte, max, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import {
  appointmentParticipants,
  appointments,
  children,
  clinics,
  guardianLinks,
  memberships,
  notices,
  sessionTypes,
  users,
  waitlistEntries,
} from "../../schema";

/** A session with what its notices say: clinic, therapist, kind, and the children seated in it. */
export async function findNoticeSession(q: Queryable, appointmentId: string) {
  const [row] = await q
    .select({
      id: appointments.id,
      clinicId: appointments.clinicId,
      seriesId: appointments.seriesId,
      startsAt: appointments.startsAt,
      status: appointments.status,
      modality: appointments.modality,
      capacity: appointments.capacity,
      cancelReason: appointments.cancelReason,
      cancelledBy: appointments.cancelledBy,
      kind: sessionTypes.kind,
      therapistName: users.name,
      clinicName: clinics.name,
      clinicPhone: clinics.phone,
      clinicTimeZone: clinics.timeZone,
      clinicSettings: clinics.settings,
    })
    .from(appointments)
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .innerJoin(users, eq(users.id, appointments.therapistId))
    .innerJoin(clinics, eq(clinics.id, appointments.clinicId))
    .where(eq(appointments.id, appointmentId));
  return row;
}

/** The children seated in a session (first names only) with when each was booked. */
export async function listSeatedChildren(q: Queryable, appointmentId: string) {
  return q
    .select({
      childId: appointmentParticipants.childId,
      firstName: children.firstName,
      bookedAt: appointmentParticipants.bookedAt,
    })
    .from(appointmentParticipants)
    .innerJoin(children, eq(children.id, appointmentParticipants.childId))
    .where(
      and(
        eq(appointmentParticipants.appointmentId, appointmentId),
        isNull(appointmentParticipants.leftAt),
      ),
    )
    .orderBy(asc(children.firstName));
}

/** Guardians of these children who are still members of the clinic, with the children they stand for. */
export async function listGuardiansOf(q: Queryable, clinicId: string, childIds: string[]) {
  if (childIds.length === 0) return [];
  return q
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      timeZone: users.timeZone,
      timeFormat: users.timeFormat,
      clinicSettings: clinics.settings,
      childId: guardianLinks.childId,
    })
    .from(guardianLinks)
    .innerJoin(users, eq(users.id, guardianLinks.guardianId))
    .innerJoin(clinics, eq(clinics.id, clinicId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, users.id),
        eq(memberships.clinicId, clinicId),
        isNull(memberships.deactivatedAt),
      ),
    )
    .where(inArray(guardianLinks.childId, childIds))
    .orderBy(asc(users.id));
}

/** Records a notice as sent; false when one with this key already was (another worker, a retry). */
export async function claimNotice(q: Queryable, notice: typeof notices.$inferInsert) {
  const rows = await q
    .insert(notices)
    .values(notice)
    .onConflictDoNothing({ target: notices.key })
    .returning({ id: notices.id });
  return rows.length > 0;
}

/** When a recipient was last told a session's time (its confirmation or a change notice). */
export async function findLastToldAt(q: Queryable, appointmentId: string, recipientId: string) {
  const [row] = await q
    .select({ at: max(notices.sentAt) })
    .from(notices)
    .where(
      and(
        eq(notices.appointmentId, appointmentId),
        eq(notices.recipientId, recipientId),
        inArray(notices.kind, ["confirmation", "series_confirmation", "change"]),
      ),
    );
  return row?.at ?? null;
}

/** The scheduled sessions of a series from `from` on, in order. */
export async function listSeriesSessions(q: Queryable, seriesId: string, from: Date) {
  return q
    .select({ id: appointments.id, startsAt: appointments.startsAt })
    .from(appointments)
    .where(
      and(
        eq(appointments.seriesId, seriesId),
        eq(appointments.status, "scheduled"),
        gt(appointments.startsAt, from),
      ),
    )
    .orderBy(asc(appointments.startsAt));
}

/** Scheduled sessions starting in (from, to], with their clinic's settings (reminder offsets). */
export async function listScheduledBetween(q: Queryable, from: Date, to: Date) {
  return q
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      clinicSettings: clinics.settings,
    })
    .from(appointments)
    .innerJoin(clinics, eq(clinics.id, appointments.clinicId))
    .where(
      and(
        eq(appointments.status, "scheduled"),
        gt(appointments.startsAt, from),
        lte(appointments.startsAt, to),
      ),
    );
}

/** Seats taken since `since` in sessions still scheduled and not part of a series: their confirmations. */
export async function listSeatsBookedSince(q: Queryable, since: Date, now: Date) {
  return q
    .select({
      appointmentId: appointments.id,
      startsAt: appointments.startsAt,
      childId: appointmentParticipants.childId,
    })
    .from(appointmentParticipants)
    .innerJoin(appointments, eq(appointments.id, appointmentParticipants.appointmentId))
    .where(
      and(
        gte(appointmentParticipants.bookedAt, since),
        isNull(appointmentParticipants.leftAt),
        eq(appointments.status, "scheduled"),
        isNull(appointments.seriesId),
        gt(appointments.startsAt, now),
      ),
    );
}

export async function listCancelledSince(q: Queryable, since: Date) {
  return q
    .select({ id: appointments.id, startsAt: appointments.startsAt })
    .from(appointments)
    .where(and(eq(appointments.status, "cancelled"), gte(appointments.cancelledAt, since)));
}

/** A waitlist entry with its child's first name and its session. */
export async function findWaitlistEntry(q: Queryable, entryId: string) {
  const [row] = await q
    .select({
      id: waitlistEntries.id,
      appointmentId: waitlistEntries.appointmentId,
      childId: waitlistEntries.childId,
      firstName: children.firstName,
      offeredUntil: waitlistEntries.offeredUntil,
      leftAt: waitlistEntries.leftAt,
    })
    .from(waitlistEntries)
    .innerJoin(children, eq(children.id, waitlistEntries.childId))
    .where(eq(waitlistEntries.id, entryId));
  return row;
}

/** Ends the offers of a group that ran out by `now`: the seat goes on to the next family. */
export async function expireOffers(q: Queryable, appointmentId: string, now: Date) {
  return q
    .update(waitlistEntries)
    .set({ leftAt: now })
    .where(
      and(
        eq(waitlistEntries.appointmentId, appointmentId),
        isNull(waitlistEntries.leftAt),
        lte(waitlistEntries.offeredUntil, now),
      ),
    )
    .returning({ id: waitlistEntries.id });
}

/** Offers a held seat to the first `n` families waiting without an offer, in join order. */
export async function offerSeats(
  q: Queryable,
  appointmentId: string,
  n: number,
  offeredUntil: Date,
) {
  if (n <= 0) return [];
  const first = q
    .select({ id: waitlistEntries.id })
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.appointmentId, appointmentId),
        isNull(waitlistEntries.leftAt),
        isNull(waitlistEntries.offeredUntil),
      ),
    )
    .orderBy(asc(waitlistEntries.joinedAt), asc(waitlistEntries.id))
    .limit(n);
  return q
    .update(waitlistEntries)
    .set({ offeredUntil })
    .where(inArray(waitlistEntries.id, first))
    .returning({ id: waitlistEntries.id, offeredUntil: waitlistEntries.offeredUntil });
}

/** Marks an offer taken: the family now has the seat instead of a place on the list. */
export async function acceptOffer(q: Queryable, entryId: string, now: Date) {
  await q.update(waitlistEntries).set({ leftAt: now }).where(eq(waitlistEntries.id, entryId));
}

/** Open offers (for their notice) and run-out offers (to pass on), across clinics, for the sweep. */
export async function listOpenOffers(q: Queryable) {
  return q
    .select({
      id: waitlistEntries.id,
      appointmentId: waitlistEntries.appointmentId,
      offeredUntil: sql<Date>`${waitlistEntries.offeredUntil}`.mapWith(
        waitlistEntries.offeredUntil,
      ),
      startsAt: appointments.startsAt,
    })
    .from(waitlistEntries)
    .innerJoin(appointments, eq(appointments.id, waitlistEntries.appointmentId))
    .where(
      and(
        isNull(waitlistEntries.leftAt),
        isNotNull(waitlistEntries.offeredUntil),
        eq(appointments.status, "scheduled"),
      ),
    );
}
