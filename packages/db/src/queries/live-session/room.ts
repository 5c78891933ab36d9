import { and, asc, eq, isNull, sql } from "drizzle-orm";

import type { Queryable } from "../../client";
import { pipelined } from "../../pipeline";
import { reusable } from "../../reusable";
import {
  appointmentParticipants,
  appointments,
  breakoutRooms,
  children,
  clinics,
  guardianLinks,
  liveSessions,
  memberships,
  sessionTypes,
  users,
} from "../../schema";
import { ofAppointment } from "./placeholders";

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
