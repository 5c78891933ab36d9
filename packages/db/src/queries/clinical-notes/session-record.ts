import { asc, eq, sql, type SQL } from "drizzle-orm";

import type { TreatmentService } from "@carryover/domain/clinical-notes";
import type { PracticeEntry } from "@carryover/domain/home-program";
import type { SessionSegmentKind } from "@carryover/domain/live-session";
import type { AppointmentStatus, Modality } from "@carryover/domain/scheduling";

import type { Queryable } from "../../client";
import { reusable, reusableSql } from "../../reusable";
import {
  appointmentParticipants,
  appointments,
  attendanceSegments,
  clinicalNotes,
  clinics,
  groupSessionNotes,
  guardianLinks,
  homePrograms,
  liveParticipants,
  liveSessions,
  practiceLogs,
  programActivities,
  programRevisions,
  sessionServiceMarks,
  sessionTimerSegments,
  type QuickNote,
} from "../../schema";

/* What a session recorded for its visit note: the service marks as given, and the whole record as drafting reads it. */

export async function insertServiceMark(
  q: Queryable,
  mark: { appointmentId: string; service: TreatmentService; at: Date },
) {
  const [row] = await q.insert(sessionServiceMarks).values(mark).returning({
    id: sessionServiceMarks.id,
    service: sessionServiceMarks.service,
    at: sessionServiceMarks.at,
  });
  if (!row) throw new Error("service mark not inserted");
  return row;
}

const serviceMarks = reusable("session_service_marks", (q) =>
  q
    .select({ service: sessionServiceMarks.service, at: sessionServiceMarks.at })
    .from(sessionServiceMarks)
    .where(eq(sessionServiceMarks.appointmentId, sql.placeholder("appointmentId")))
    .orderBy(asc(sessionServiceMarks.at), asc(sessionServiceMarks.id)),
);

export function listServiceMarks(q: Queryable, appointmentId: string) {
  return serviceMarks(q, { appointmentId });
}

// A day before the session's start bounds what the session can hold: its join window opens later.
const horizon = sql`${appointments.startsAt} - interval '1 day'`;

type Moment = string;

type SessionRecordRow = {
  appointment: {
    id: string;
    clinicId: string;
    therapistId: string;
    status: AppointmentStatus;
    modality: Modality;
    startsAt: Moment;
    endsAt: Moment;
  };
  clinicSettings: unknown;
  clinicTimeZone: string;
  seatedChildIds: string[];
  noteId: string | null;
  live: {
    roomStartedAt: Moment | null;
    roomFinishedAt: Moment | null;
    endedAt: Moment | null;
    notes: QuickNote[];
    descriptiveComments: number;
    directiveComments: number;
  } | null;
  segments: { kind: SessionSegmentKind; startedAt: Moment; endedAt: Moment | null }[];
  marks: { service: TreatmentService; at: Moment }[];
  guardiansWhoJoined: string[];
  practice: { activityId: string; title: string; entry: PracticeEntry; loggedAt: Moment }[];
  programChanges: { at: Moment; changes: string[] }[];
  groupShared: string | null;
};

const childId = () => sql.placeholder("childId");

/** Rows as a JSON array in the given order, `[]` when there are none. */
const jsonRows = (fields: SQL, order: SQL) =>
  sql`coalesce(json_agg(json_build_object(${fields}) order by ${order}), '[]')`;

const sessionRecord = reusableSql<{ appointmentId: string; childId: string }, SessionRecordRow>(
  () => sql`
  select
    json_build_object(
      'id', ${appointments.id}, 'clinicId', ${appointments.clinicId},
      'therapistId', ${appointments.therapistId}, 'status', ${appointments.status},
      'modality', ${appointments.modality}, 'startsAt', ${appointments.startsAt},
      'endsAt', ${appointments.endsAt}) as appointment,
    ${clinics.settings} as "clinicSettings",
    ${clinics.timeZone} as "clinicTimeZone",
    array(select ${appointmentParticipants.childId} from ${appointmentParticipants}
      where ${appointmentParticipants.appointmentId} = ${appointments.id}
        and ${appointmentParticipants.leftAt} is null) as "seatedChildIds",
    (select ${clinicalNotes.id} from ${clinicalNotes}
      where ${clinicalNotes.appointmentId} = ${appointments.id}
        and ${clinicalNotes.childId} = ${childId()}::uuid and ${clinicalNotes.kind} = 'visit') as "noteId",
    (select json_build_object(
        'roomStartedAt', ${liveSessions.roomStartedAt}, 'roomFinishedAt', ${liveSessions.roomFinishedAt},
        'endedAt', ${liveSessions.endedAt}, 'notes', ${liveSessions.notes},
        'descriptiveComments', ${liveSessions.descriptiveComments},
        'directiveComments', ${liveSessions.directiveComments})
      from ${liveSessions} where ${liveSessions.appointmentId} = ${appointments.id}) as live,
    (select ${jsonRows(
      sql`'kind', ${sessionTimerSegments.kind}, 'startedAt', ${sessionTimerSegments.startedAt},
        'endedAt', ${sessionTimerSegments.endedAt}`,
      sql`${sessionTimerSegments.startedAt}`,
    )} from ${sessionTimerSegments}
      where ${sessionTimerSegments.appointmentId} = ${appointments.id}) as segments,
    (select ${jsonRows(
      sql`'service', ${sessionServiceMarks.service}, 'at', ${sessionServiceMarks.at}`,
      sql`${sessionServiceMarks.at}, ${sessionServiceMarks.id}`,
    )} from ${sessionServiceMarks}
      where ${sessionServiceMarks.appointmentId} = ${appointments.id}) as marks,
    array(select ${liveParticipants.userId} from ${liveParticipants}
      where ${liveParticipants.appointmentId} = ${appointments.id}
        and ${liveParticipants.role} = 'guardian'
        and ${liveParticipants.userId} in (select ${guardianLinks.guardianId} from ${guardianLinks}
          where ${guardianLinks.childId} = ${childId()}::uuid)
        and exists (select from ${attendanceSegments}
          where ${attendanceSegments.appointmentId} = ${appointments.id}
            and ${attendanceSegments.identity} = ${liveParticipants.identity})
      order by ${liveParticipants.requestedAt}) as "guardiansWhoJoined",
    (select ${jsonRows(
      sql`'activityId', ${practiceLogs.activityId}, 'title', ${programActivities.content}->>'title',
        'entry', ${practiceLogs.entry}, 'loggedAt', ${practiceLogs.loggedAt}`,
      sql`${practiceLogs.loggedAt}`,
    )} from ${practiceLogs}
      join ${programActivities} on ${programActivities.id} = ${practiceLogs.activityId}
      where ${practiceLogs.childId} = ${childId()}::uuid
        and ${practiceLogs.loggedById} = ${appointments.therapistId}
        and ${practiceLogs.inSession} and ${practiceLogs.voidedAt} is null
        and ${practiceLogs.loggedAt} >= ${horizon}) as practice,
    (select ${jsonRows(
      sql`'at', ${programRevisions.at}, 'changes', ${programRevisions.changes}`,
      sql`${programRevisions.at}`,
    )} from ${programRevisions}
      join ${homePrograms} on ${homePrograms.id} = ${programRevisions.programId}
      where ${homePrograms.childId} = ${childId()}::uuid
        and ${programRevisions.at} >= ${horizon}) as "programChanges",
    (select ${groupSessionNotes.text} from ${groupSessionNotes}
      where ${groupSessionNotes.appointmentId} = ${appointments.id}) as "groupShared"
  from ${appointments}
  join ${clinics} on ${clinics.id} = ${appointments.clinicId}
  where ${appointments.id} = ${sql.placeholder("appointmentId")}::uuid`,
);

const at = (moment: Moment) => new Date(moment);
const atOrNull = (moment: Moment | null) => (moment === null ? null : new Date(moment));

/**
 * What drafting a session's visit note for one child reads, in one statement: the appointment and
 * its clinic's settings, who is seated, the child's note if drafted, what the video room recorded
 * (its times, quick notes and comment tally, the timer, the service marks, the child's guardians
 * who joined, earliest asker first), the practice the session's therapist logged in session for
 * the child and the child's program changes, both from a day before the session on (a superset of
 * the session's, which the caller cuts to its times), and a group's shared part.
 */
export async function findSessionRecord(q: Queryable, appointmentId: string, childId: string) {
  const [row] = await sessionRecord(q, { appointmentId, childId });
  if (!row) return undefined;
  const { appointment, live } = row;
  return {
    ...row,
    appointment: {
      ...appointment,
      startsAt: at(appointment.startsAt),
      endsAt: at(appointment.endsAt),
    },
    live: live && {
      ...live,
      roomStartedAt: atOrNull(live.roomStartedAt),
      roomFinishedAt: atOrNull(live.roomFinishedAt),
      endedAt: atOrNull(live.endedAt),
    },
    segments: row.segments.map((s) => ({
      ...s,
      startedAt: at(s.startedAt),
      endedAt: atOrNull(s.endedAt),
    })),
    marks: row.marks.map((m) => ({ ...m, at: at(m.at) })),
    practice: row.practice.map((p) => ({ ...p, loggedAt: at(p.loggedAt) })),
    programChanges: row.programChanges.map((c) => ({ ...c, at: at(c.at) })),
  };
}
