import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";

import type { SessionSegmentKind } from "@carryover/domain/live-session";

import type { Queryable } from "../../client";
import { reusable } from "../../reusable";
import {
  attendanceSegments,
  breakoutRooms,
  liveParticipants,
  liveWebhookEvents,
  sessionTimerSegments,
} from "../../schema";
import { ofAppointment } from "./placeholders";

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
