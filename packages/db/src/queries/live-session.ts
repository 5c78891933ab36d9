import { and, asc, eq, gt, gte, inArray, isNull, lt, sql } from "drizzle-orm";

import type { AdmissionState, LiveRole, SessionSegmentKind } from "@carryover/domain/live-session";

import type { Queryable } from "../client";
import { pipelined } from "../pipeline";
import { reusable } from "../reusable";
import {
  appointmentParticipants,
  appointments,
  attendanceSegments,
  breakoutRooms,
  children,
  clinics,
  guardianLinks,
  homePrograms,
  liveParticipants,
  liveSessions,
  liveWebhookEvents,
  memberships,
  programRevisions,
  sessionTimerSegments,
  sessionTypes,
  users,
} from "../schema";

const ofAppointment = () => sql.placeholder("appointmentId");

const sessionAppointment = reusable("session_appointment", (q) =>
  q
    .select({
      appointment: appointments,
      sessionTypeName: sessionTypes.name,
      kind: sessionTypes.kind,
      therapistName: users.name,
      clinicSettings: clinics.settings,
    })
    .from(appointments)
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .innerJoin(clinics, eq(clinics.id, appointments.clinicId))
    .innerJoin(users, eq(users.id, appointments.therapistId))
    .where(eq(appointments.id, ofAppointment())),
);

const seatedChildren = reusable("session_seated_children", (q) =>
  q
    .select({ id: appointmentParticipants.childId, firstName: children.firstName })
    .from(appointmentParticipants)
    .innerJoin(children, eq(children.id, appointmentParticipants.childId))
    .where(
      and(
        eq(appointmentParticipants.appointmentId, ofAppointment()),
        isNull(appointmentParticipants.leftAt),
      ),
    )
    .orderBy(asc(children.firstName)),
);

/** Guardians of the seated children who are still members of the session's clinic. */
const seatedGuardians = reusable("session_seated_guardians", (q) =>
  q
    .select({ guardianId: guardianLinks.guardianId, childId: guardianLinks.childId })
    .from(appointmentParticipants)
    .innerJoin(appointments, eq(appointments.id, appointmentParticipants.appointmentId))
    .innerJoin(guardianLinks, eq(guardianLinks.childId, appointmentParticipants.childId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, guardianLinks.guardianId),
        eq(memberships.clinicId, appointments.clinicId),
        isNull(memberships.deactivatedAt),
      ),
    )
    .where(
      and(
        eq(appointmentParticipants.appointmentId, ofAppointment()),
        isNull(appointmentParticipants.leftAt),
      ),
    )
    .orderBy(asc(guardianLinks.guardianId)),
);

/**
 * An appointment with what deciding who may enter needs: its children and their guardians who are
 * still members. Three statements sent together: one round trip.
 */
export async function findSessionFacts(q: Queryable, appointmentId: string) {
  const [[row], seated, guardians] = await pipelined([
    sessionAppointment(q, { appointmentId }),
    seatedChildren(q, { appointmentId }),
    seatedGuardians(q, { appointmentId }),
  ]);
  if (!row) return undefined;
  return { ...row, children: seated, guardians };
}

const liveSession = reusable("live_session", (q) =>
  q.select().from(liveSessions).where(eq(liveSessions.appointmentId, ofAppointment())),
);

export async function findLiveSession(q: Queryable, appointmentId: string) {
  const [row] = await liveSession(q, { appointmentId });
  return row;
}

/** The session's room, made once: a second caller finds the first one's. */
export async function ensureLiveSession(
  q: Queryable,
  session: { appointmentId: string; clinicId: string; roomName: string },
) {
  await q.insert(liveSessions).values(session).onConflictDoNothing();
  const row = await findLiveSession(q, session.appointmentId);
  if (!row) throw new Error("live session vanished");
  return row;
}

export async function updateLiveSession(
  q: Queryable,
  appointmentId: string,
  change: Partial<
    Pick<
      typeof liveSessions.$inferInsert,
      | "kit"
      | "spotlightIdentity"
      | "breakoutsEndAt"
      | "roomStartedAt"
      | "roomFinishedAt"
      | "endedAt"
      | "notes"
    >
  >,
) {
  const [row] = await q
    .update(liveSessions)
    .set({ ...change, version: sql`${liveSessions.version} + 1` })
    .where(eq(liveSessions.appointmentId, appointmentId))
    .returning();
  return row;
}

/** Adds to the descriptive-commenting tally, never below zero. */
export async function addCommentTally(
  q: Queryable,
  appointmentId: string,
  delta: { descriptive: number; directive: number },
) {
  const [row] = await q
    .update(liveSessions)
    .set({
      descriptiveComments: sql`greatest(0, ${liveSessions.descriptiveComments} + ${delta.descriptive})`,
      directiveComments: sql`greatest(0, ${liveSessions.directiveComments} + ${delta.directive})`,
      version: sql`${liveSessions.version} + 1`,
    })
    .where(eq(liveSessions.appointmentId, appointmentId))
    .returning();
  return row;
}

export async function appendQuickNote(
  q: Queryable,
  appointmentId: string,
  note: { id: string; at: string; text: string },
) {
  const [row] = await q
    .update(liveSessions)
    .set({
      notes: sql`${liveSessions.notes} || ${JSON.stringify([note])}::jsonb`,
      version: sql`${liveSessions.version} + 1`,
    })
    .where(eq(liveSessions.appointmentId, appointmentId))
    .returning();
  return row;
}

const liveParticipantsOf = reusable("live_participants", (q) =>
  q
    .select({
      userId: liveParticipants.userId,
      name: users.name,
      role: liveParticipants.role,
      identity: liveParticipants.identity,
      admission: liveParticipants.admission,
      requestedAt: liveParticipants.requestedAt,
      decidedAt: liveParticipants.decidedAt,
      breakoutRoomName: liveParticipants.breakoutRoomName,
    })
    .from(liveParticipants)
    .innerJoin(users, eq(users.id, liveParticipants.userId))
    .where(eq(liveParticipants.appointmentId, ofAppointment()))
    .orderBy(asc(liveParticipants.requestedAt)),
);

export function listLiveParticipants(q: Queryable, appointmentId: string) {
  return liveParticipantsOf(q, { appointmentId });
}

/** Records a request to enter; asking again keeps the first answer (a reload keeps its place). */
export async function requestEntry(
  q: Queryable,
  entry: {
    appointmentId: string;
    userId: string;
    role: LiveRole;
    identity: string;
    admission: AdmissionState;
    now: Date;
  },
) {
  await q
    .insert(liveParticipants)
    .values({
      appointmentId: entry.appointmentId,
      userId: entry.userId,
      role: entry.role,
      identity: entry.identity,
      admission: entry.admission,
      requestedAt: entry.now,
      decidedAt: entry.admission === "waiting" ? null : entry.now,
    })
    .onConflictDoNothing();
  const [row] = await q
    .select()
    .from(liveParticipants)
    .where(
      and(
        eq(liveParticipants.appointmentId, entry.appointmentId),
        eq(liveParticipants.userId, entry.userId),
      ),
    );
  if (!row) throw new Error("participant vanished");
  return row;
}

/** Admits or denies; `userIds` null means everyone still waiting. Returns who changed. */
export async function decideAdmission(
  q: Queryable,
  appointmentId: string,
  decision: {
    userIds: string[] | null;
    admission: "admitted" | "denied";
    by: string;
    now: Date;
  },
) {
  const rows = await q
    .update(liveParticipants)
    .set({ admission: decision.admission, decidedAt: decision.now, decidedById: decision.by })
    .where(
      and(
        eq(liveParticipants.appointmentId, appointmentId),
        eq(liveParticipants.role, "guardian"),
        decision.userIds
          ? inArray(liveParticipants.userId, decision.userIds)
          : eq(liveParticipants.admission, "waiting"),
      ),
    )
    .returning({ userId: liveParticipants.userId, identity: liveParticipants.identity });
  return rows;
}

/** Which session a LiveKit room belongs to: its main room or one of its breakout rooms. */
export async function findRoomSession(q: Queryable, roomName: string) {
  const [main] = await q
    .select({ appointmentId: liveSessions.appointmentId })
    .from(liveSessions)
    .where(eq(liveSessions.roomName, roomName));
  if (main) return { appointmentId: main.appointmentId, breakout: false };
  const [breakout] = await q
    .select({ appointmentId: breakoutRooms.appointmentId })
    .from(breakoutRooms)
    .where(eq(breakoutRooms.roomName, roomName));
  return breakout ? { appointmentId: breakout.appointmentId, breakout: true } : undefined;
}

/** True when this event id is new; a repeat delivery answers false and records nothing. */
export async function recordWebhookEvent(q: Queryable, id: string, event: string) {
  const rows = await q
    .insert(liveWebhookEvents)
    .values({ id, event })
    .onConflictDoNothing()
    .returning({ id: liveWebhookEvents.id });
  return rows.length > 0;
}

export async function openAttendanceSegment(
  q: Queryable,
  segment: { appointmentId: string; roomName: string; identity: string; joinedAt: Date },
) {
  await q.insert(attendanceSegments).values(segment);
}

/** Closes the participant's open segment in that room (the latest, should there be two). */
export async function closeAttendanceSegment(
  q: Queryable,
  roomName: string,
  identity: string,
  leftAt: Date,
) {
  await q.execute(sql`
    update ${attendanceSegments} set left_at = greatest(joined_at, ${leftAt.toISOString()}::timestamptz)
    where id = (
      select id from ${attendanceSegments}
      where room_name = ${roomName} and identity = ${identity} and left_at is null
      order by joined_at desc limit 1
    )`);
}

/** A room that finished closes every segment still open in it. */
export async function closeRoomSegments(q: Queryable, roomName: string, finishedAt: Date) {
  await q
    .update(attendanceSegments)
    .set({
      leftAt: sql`greatest(${attendanceSegments.joinedAt}, ${finishedAt.toISOString()}::timestamptz)`,
    })
    .where(and(eq(attendanceSegments.roomName, roomName), isNull(attendanceSegments.leftAt)));
}

const attendanceOf = reusable("attendance_segments", (q) =>
  q
    .select({
      identity: attendanceSegments.identity,
      roomName: attendanceSegments.roomName,
      joinedAt: attendanceSegments.joinedAt,
      leftAt: attendanceSegments.leftAt,
    })
    .from(attendanceSegments)
    .where(eq(attendanceSegments.appointmentId, ofAppointment()))
    .orderBy(asc(attendanceSegments.joinedAt)),
);

export function listAttendanceSegments(q: Queryable, appointmentId: string) {
  return attendanceOf(q, { appointmentId });
}

const timerSegmentsOf = reusable("timer_segments", (q) =>
  q
    .select({
      kind: sessionTimerSegments.kind,
      startedAt: sessionTimerSegments.startedAt,
      endedAt: sessionTimerSegments.endedAt,
    })
    .from(sessionTimerSegments)
    .where(eq(sessionTimerSegments.appointmentId, ofAppointment()))
    .orderBy(asc(sessionTimerSegments.startedAt)),
);

export function listTimerSegments(q: Queryable, appointmentId: string) {
  return timerSegmentsOf(q, { appointmentId });
}

/** Ends the running timer segment, if any, and starts `kind` (null: the timer stops). */
export async function switchTimerSegment(
  q: Queryable,
  appointmentId: string,
  kind: SessionSegmentKind | null,
  now: Date,
) {
  await q
    .update(sessionTimerSegments)
    .set({ endedAt: now })
    .where(
      and(
        eq(sessionTimerSegments.appointmentId, appointmentId),
        isNull(sessionTimerSegments.endedAt),
      ),
    );
  if (kind) await q.insert(sessionTimerSegments).values({ appointmentId, kind, startedAt: now });
}

export async function listBreakoutRooms(q: Queryable, appointmentId: string) {
  return q
    .select({ roomName: breakoutRooms.roomName, label: breakoutRooms.label })
    .from(breakoutRooms)
    .where(and(eq(breakoutRooms.appointmentId, appointmentId), isNull(breakoutRooms.closedAt)))
    .orderBy(asc(breakoutRooms.label));
}

export async function openBreakoutRooms(
  q: Queryable,
  appointmentId: string,
  rooms: { roomName: string; label: string; userIds: string[] }[],
) {
  await q
    .insert(breakoutRooms)
    .values(rooms.map((r) => ({ roomName: r.roomName, label: r.label, appointmentId })));
  for (const room of rooms) {
    await q
      .update(liveParticipants)
      .set({ breakoutRoomName: room.roomName })
      .where(
        and(
          eq(liveParticipants.appointmentId, appointmentId),
          inArray(liveParticipants.userId, room.userIds),
        ),
      );
  }
}

/** Brings everyone back to the main room; returns the rooms that were open. */
export async function closeBreakoutRooms(q: Queryable, appointmentId: string, now: Date) {
  const closed = await q
    .update(breakoutRooms)
    .set({ closedAt: now })
    .where(and(eq(breakoutRooms.appointmentId, appointmentId), isNull(breakoutRooms.closedAt)))
    .returning({ roomName: breakoutRooms.roomName });
  await q
    .update(liveParticipants)
    .set({ breakoutRoomName: null })
    .where(eq(liveParticipants.appointmentId, appointmentId));
  return closed.map((r) => r.roomName);
}

/** What changed in the children's programs in [from, to), in words, oldest first. */
export async function listProgramChangesBetween(
  q: Queryable,
  childIds: string[],
  from: Date,
  to: Date,
) {
  if (!childIds.length) return [];
  return q
    .select({
      childId: homePrograms.childId,
      at: programRevisions.at,
      changes: programRevisions.changes,
    })
    .from(programRevisions)
    .innerJoin(homePrograms, eq(homePrograms.id, programRevisions.programId))
    .where(
      and(
        inArray(homePrograms.childId, childIds),
        gte(programRevisions.at, from),
        lt(programRevisions.at, to),
      ),
    )
    .orderBy(asc(programRevisions.at));
}

/** The child's next scheduled session starting after `after`. */
export async function findNextSession(q: Queryable, childId: string, after: Date) {
  const [row] = await q
    .select({
      start: appointments.startsAt,
      timeZone: appointments.timeZone,
      title: sessionTypes.name,
    })
    .from(appointmentParticipants)
    .innerJoin(appointments, eq(appointments.id, appointmentParticipants.appointmentId))
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .where(
      and(
        eq(appointmentParticipants.childId, childId),
        isNull(appointmentParticipants.leftAt),
        eq(appointments.status, "scheduled"),
        gt(appointments.startsAt, after),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .limit(1);
  return row;
}
