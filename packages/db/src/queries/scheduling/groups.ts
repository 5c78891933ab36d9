import { and, asc, count, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import {
  appointmentParticipants,
  appointments,
  sessionTypes,
  users,
  waitlistEntries,
} from "../../schema";

/** Locks a group session's row so seats are counted and taken one request at a time. */
export async function lockAppointment(q: Queryable, appointmentId: string) {
  const [row] = await q
    .select()
    .from(appointments)
    .where(eq(appointments.id, appointmentId))
    .for("update");
  return row;
}

export async function countSeatsTaken(q: Queryable, appointmentId: string) {
  const [row] = await q
    .select({ n: count() })
    .from(appointmentParticipants)
    .where(
      and(
        eq(appointmentParticipants.appointmentId, appointmentId),
        isNull(appointmentParticipants.leftAt),
      ),
    );
  return row?.n ?? 0;
}

export async function findParticipant(q: Queryable, appointmentId: string, childId: string) {
  const [row] = await q
    .select()
    .from(appointmentParticipants)
    .where(
      and(
        eq(appointmentParticipants.appointmentId, appointmentId),
        eq(appointmentParticipants.childId, childId),
      ),
    );
  return row;
}

/** Seats a child, or seats them again after they left. */
export async function seatParticipant(
  q: Queryable,
  participant: {
    appointmentId: string;
    childId: string;
    childLocationState: string | null;
    bookedById: string;
    bookedAt: Date;
  },
) {
  await q
    .insert(appointmentParticipants)
    .values(participant)
    .onConflictDoUpdate({
      target: [appointmentParticipants.appointmentId, appointmentParticipants.childId],
      set: {
        leftAt: null,
        bookedAt: participant.bookedAt,
        bookedById: participant.bookedById,
        childLocationState: participant.childLocationState,
      },
    });
}

export async function releaseSeat(q: Queryable, appointmentId: string, childId: string, now: Date) {
  const rows = await q
    .update(appointmentParticipants)
    .set({ leftAt: now })
    .where(
      and(
        eq(appointmentParticipants.appointmentId, appointmentId),
        eq(appointmentParticipants.childId, childId),
        isNull(appointmentParticipants.leftAt),
      ),
    )
    .returning({ childId: appointmentParticipants.childId });
  return rows.length > 0;
}

/** Families waiting for a seat, first come first served. */
export async function listWaiting(q: Queryable, appointmentId: string) {
  return q
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.appointmentId, appointmentId), isNull(waitlistEntries.leftAt)))
    .orderBy(asc(waitlistEntries.joinedAt), asc(waitlistEntries.id));
}

/** Joined at the database's clock, read while the group's row is locked, so the queue keeps arrival order. */
export async function addToWaitlist(
  q: Queryable,
  entry: { appointmentId: string; childId: string; joinedById: string },
) {
  await q.insert(waitlistEntries).values({ ...entry, joinedAt: sql`clock_timestamp()` });
}

export async function leaveWaitlist(
  q: Queryable,
  appointmentId: string,
  childId: string,
  now: Date,
) {
  const rows = await q
    .update(waitlistEntries)
    .set({ leftAt: now })
    .where(
      and(
        eq(waitlistEntries.appointmentId, appointmentId),
        eq(waitlistEntries.childId, childId),
        isNull(waitlistEntries.leftAt),
      ),
    )
    .returning({ id: waitlistEntries.id });
  return rows.length > 0;
}

/** Scheduled group sessions of a clinic starting in [from, to), with their seats taken and queue length. */
export async function listScheduledGroups(q: Queryable, clinicId: string, from: Date, to: Date) {
  return q
    .select({
      id: appointments.id,
      start: appointments.startsAt,
      end: appointments.endsAt,
      timeZone: appointments.timeZone,
      modality: appointments.modality,
      capacity: appointments.capacity,
      therapistId: appointments.therapistId,
      therapistName: users.name,
      sessionTypeName: sessionTypes.name,
      groupName: appointments.groupName,
      groupTopic: appointments.groupTopic,
      ageMinYears: appointments.ageMinYears,
      ageMaxYears: appointments.ageMaxYears,
      seatsTaken: sql<number>`(select count(*)::int from ${appointmentParticipants}
        where ${appointmentParticipants.appointmentId} = ${appointments.id}
        and ${appointmentParticipants.leftAt} is null)`,
      waiting: sql<number>`(select count(*)::int from ${waitlistEntries}
        where ${waitlistEntries.appointmentId} = ${appointments.id}
        and ${waitlistEntries.leftAt} is null)`,
    })
    .from(appointments)
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .innerJoin(users, eq(users.id, appointments.therapistId))
    .where(
      and(
        eq(appointments.clinicId, clinicId),
        eq(sessionTypes.kind, "group"),
        eq(appointments.status, "scheduled"),
        gt(appointments.startsAt, from),
        lt(appointments.startsAt, to),
      ),
    )
    .orderBy(asc(appointments.startsAt));
}

/** Which of the given children hold a seat in which of the given sessions. */
export async function listSeatsOfChildren(
  q: Queryable,
  appointmentIds: readonly string[],
  childIds: readonly string[],
) {
  if (appointmentIds.length === 0 || childIds.length === 0) return [];
  return q
    .select({
      appointmentId: appointmentParticipants.appointmentId,
      childId: appointmentParticipants.childId,
    })
    .from(appointmentParticipants)
    .where(
      and(
        inArray(appointmentParticipants.appointmentId, [...appointmentIds]),
        inArray(appointmentParticipants.childId, [...childIds]),
        isNull(appointmentParticipants.leftAt),
      ),
    );
}

/** Every open waitlist place in the given sessions, in queue order (first come first served). */
export async function listWaitingIn(q: Queryable, appointmentIds: readonly string[]) {
  if (appointmentIds.length === 0) return [];
  return q
    .select({ appointmentId: waitlistEntries.appointmentId, childId: waitlistEntries.childId })
    .from(waitlistEntries)
    .where(
      and(
        inArray(waitlistEntries.appointmentId, [...appointmentIds]),
        isNull(waitlistEntries.leftAt),
      ),
    )
    .orderBy(asc(waitlistEntries.joinedAt), asc(waitlistEntries.id));
}
