import { and, asc, count, eq, gt, inArray, isNull, lt, max, ne } from "drizzle-orm";

import type { Queryable } from "../client";
import {
  appointmentParticipants,
  appointments,
  auditEvents,
  calendarFeeds,
  guardianLinks,
  memberships,
  users,
} from "../schema";

export async function findActiveCalendarFeed(q: Queryable, userId: string, clinicId: string) {
  const [row] = await q
    .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.userId, userId),
        eq(calendarFeeds.clinicId, clinicId),
        isNull(calendarFeeds.revokedAt),
      ),
    );
  return row;
}

/** Revokes the user's active feed in the clinic, if any; returns the ids it revoked. */
export async function revokeActiveCalendarFeed(
  q: Queryable,
  userId: string,
  clinicId: string,
  now: Date,
) {
  const rows = await q
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(
      and(
        eq(calendarFeeds.userId, userId),
        eq(calendarFeeds.clinicId, clinicId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .returning({ id: calendarFeeds.id });
  return rows.map((r) => r.id);
}

/** The unique index on (user, clinic) of active feeds may refuse it (23505). */
export async function insertCalendarFeed(
  q: Queryable,
  feed: { userId: string; clinicId: string; tokenHash: string },
) {
  const [row] = await q
    .insert(calendarFeeds)
    .values(feed)
    .returning({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt });
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** An active feed whose owner is still an active member of its clinic, with their role there. */
export async function findCalendarFeedByTokenHash(q: Queryable, tokenHash: string) {
  const [row] = await q
    .select({
      id: calendarFeeds.id,
      userId: calendarFeeds.userId,
      clinicId: calendarFeeds.clinicId,
      role: memberships.role,
    })
    .from(calendarFeeds)
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, calendarFeeds.userId),
        eq(memberships.clinicId, calendarFeeds.clinicId),
      ),
    )
    .where(
      and(
        eq(calendarFeeds.tokenHash, tokenHash),
        isNull(calendarFeeds.revokedAt),
        isNull(memberships.deactivatedAt),
      ),
    );
  return row;
}

export type CalendarFeedScope =
  | { kind: "therapist"; clinicId: string; therapistId: string }
  | { kind: "guardian"; clinicId: string; guardianId: string };

const MOVES = ["booking.reschedule", "series.reschedule"];

/**
 * The non-cancelled sessions starting in [from, to) that belong in someone's calendar: a therapist's
 * own, or those of a guardian's children. Only what a calendar entry shows; no child, no notes. Each
 * comes with how often it was moved and when last, from the audit trail.
 */
export async function listCalendarFeedSessions(
  q: Queryable,
  scope: CalendarFeedScope,
  from: Date,
  to: Date,
) {
  const rows = await q
    .select({
      id: appointments.id,
      start: appointments.startsAt,
      end: appointments.endsAt,
      timeZone: appointments.timeZone,
      modality: appointments.modality,
      createdAt: appointments.createdAt,
      therapistName: users.name,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.therapistId))
    .where(
      and(
        eq(appointments.clinicId, scope.clinicId),
        ne(appointments.status, "cancelled"),
        lt(appointments.startsAt, to),
        gt(appointments.startsAt, from),
        scope.kind === "therapist"
          ? eq(appointments.therapistId, scope.therapistId)
          : inArray(
              appointments.id,
              q
                .select({ id: appointmentParticipants.appointmentId })
                .from(appointmentParticipants)
                .innerJoin(
                  guardianLinks,
                  eq(guardianLinks.childId, appointmentParticipants.childId),
                )
                .where(
                  and(
                    eq(guardianLinks.guardianId, scope.guardianId),
                    isNull(appointmentParticipants.leftAt),
                  ),
                ),
            ),
      ),
    )
    .orderBy(asc(appointments.startsAt));
  const ids = rows.map((r) => r.id);
  const moves = ids.length
    ? await q
        .select({
          id: auditEvents.entityId,
          times: count(),
          last: max(auditEvents.at),
        })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityType, "appointment"),
            inArray(auditEvents.entityId, ids),
            inArray(auditEvents.action, MOVES),
          ),
        )
        .groupBy(auditEvents.entityId)
    : [];
  const byId = new Map(moves.map((m) => [m.id, m]));
  return rows.map((r) => ({
    ...r,
    moves: byId.get(r.id)?.times ?? 0,
    lastMovedAt: byId.get(r.id)?.last ?? null,
  }));
}
