import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, inArray, isNull, lt, sql } from "drizzle-orm";

import type { CancelledBy } from "@carryover/domain/scheduling";

import type { Queryable, Tx } from "../../client";
import { pipelined } from "../../pipeline";
import { placeholders, reusable, reusableSql } from "../../reusable";
import {
  appointmentParticipants,
  appointments,
  appointmentSeries,
  children,
  guardianLinks,
  idempotencyKeys,
  liveSessions,
  memberships,
  sessionTypes,
  therapistLicenses,
  users,
} from "../../schema";

export async function findIdempotencyRecord(q: Queryable, actorId: string, key: string) {
  const [row] = await q
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, key)));
  return row;
}

const newIdempotencyRecord = reusable("insert_idempotency_key", (q) =>
  q.insert(idempotencyKeys).values(placeholders("actorId", "key", "requestHash", "response")),
);

export async function insertIdempotencyRecord(
  q: Queryable,
  record: Pick<typeof idempotencyKeys.$inferInsert, "actorId" | "key" | "requestHash" | "response">,
) {
  await newIdempotencyRecord(q, record);
}

export async function listTherapistLicenceStates(
  q: Queryable,
  clinicId: string,
  therapistId: string,
) {
  const rows = await q
    .select({ state: therapistLicenses.state })
    .from(therapistLicenses)
    .innerJoin(memberships, eq(memberships.id, therapistLicenses.membershipId))
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.userId, therapistId)));
  return rows.map((r) => r.state);
}

/** The first key of the advisory locks that let one therapist's calendar writes take turns. */
export const CALENDAR_LOCK = 0x43616c;

/**
 * Writes that place one therapist's sessions take turns until their transaction ends. PostgreSQL
 * checks the exclusion constraint after placing a row, so overlapping writers in flight together
 * wait on each other and deadlock, each cycle broken only after `deadlock_timeout` (a second); in
 * turn, every writer after the first is refused by the constraint at once.
 */
const calendarLock = reusableSql(
  () =>
    sql`select pg_advisory_xact_lock(${CALENDAR_LOCK}, hashtext(${sql.placeholder("therapistId")}))`,
);
/** A session's cancellation window: the one kept when it was booked, else its type's current one. */
export const windowOfBooking =
  sql<number>`coalesce(${appointments.cancellationWindowHours}, ${sessionTypes.cancellationWindowHours})`.mapWith(
    Number,
  );

const lockCalendarOf = (tx: Tx, therapistId: string) => calendarLock(tx, { therapistId });

/** The exclusion constraint may refuse it (23P01). */
export async function insertAppointment(tx: Tx, appointment: typeof appointments.$inferInsert) {
  const [, [row]] = await pipelined([
    lockCalendarOf(tx, appointment.therapistId),
    tx.insert(appointments).values(appointment).returning({ id: appointments.id }),
  ]);
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

type NewAppointment = {
  id?: string;
  clinicId: string;
  therapistId: string;
  sessionTypeId: string;
  seriesId?: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  modality: (typeof appointments.$inferInsert)["modality"];
  capacity: number;
  cancellationWindowHours: number | null;
  createdById: string;
};

const newAppointment = reusable("insert_appointment", (q) =>
  q
    .insert(appointments)
    .values(
      placeholders(
        "id",
        "clinicId",
        "therapistId",
        "sessionTypeId",
        "seriesId",
        "startsAt",
        "endsAt",
        "timeZone",
        "modality",
        "capacity",
        "cancellationWindowHours",
        "createdById",
      ),
    ),
);

const newParticipant = reusable("insert_appointment_participant", (q) =>
  q
    .insert(appointmentParticipants)
    .values(placeholders("appointmentId", "childId", "childLocationState", "bookedById")),
);

/** One appointment with its first participant, in one round trip; the exclusion constraint may refuse it (23P01). */
export async function insertAppointmentWithChild(
  tx: Tx,
  appointment: NewAppointment,
  participant: { childId: string; childLocationState: string | null; bookedById: string },
) {
  const appointmentId = appointment.id ?? randomUUID();
  await pipelined([
    lockCalendarOf(tx, appointment.therapistId),
    newAppointment(tx, {
      ...appointment,
      id: appointmentId,
      seriesId: appointment.seriesId ?? null,
    }),
    newParticipant(tx, { appointmentId, ...participant }),
  ]);
  return appointmentId;
}

/** An appointment with what access and policy need: its clinic, children and session type's window. */
export async function findAppointmentFacts(q: Queryable, appointmentId: string) {
  const [row] = await q
    .select({
      appointment: appointments,
      cancellationWindowHours: windowOfBooking,
      kind: sessionTypes.kind,
    })
    .from(appointments)
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .where(eq(appointments.id, appointmentId));
  if (!row) return undefined;
  const participants = await q
    .select({ childId: appointmentParticipants.childId })
    .from(appointmentParticipants)
    .where(
      and(
        eq(appointmentParticipants.appointmentId, appointmentId),
        isNull(appointmentParticipants.leftAt),
      ),
    );
  return { ...row, childIds: participants.map((p) => p.childId) };
}

/** Moves a scheduled appointment to a final status; nothing happens when it is no longer scheduled. */
export async function closeAppointment(
  q: Queryable,
  appointmentId: string,
  change:
    | {
        status: "cancelled";
        cancelledAt: Date;
        cancelReason: string;
        cancelledBy: CancelledBy;
        lateCancellation: boolean;
      }
    | { status: "no_show" | "completed" },
) {
  const rows = await q
    .update(appointments)
    .set(change)
    .where(and(eq(appointments.id, appointmentId), eq(appointments.status, "scheduled")))
    .returning({ id: appointments.id });
  return rows.length > 0;
}

export async function markParticipantsNoShow(q: Queryable, appointmentId: string) {
  await q
    .update(appointmentParticipants)
    .set({ noShow: true })
    .where(eq(appointmentParticipants.appointmentId, appointmentId));
}

/** Moves a scheduled appointment; the exclusion constraint may refuse the new time (23P01). */
export async function moveAppointment(tx: Tx, appointmentId: string, startsAt: Date, endsAt: Date) {
  const [, rows] = await pipelined([
    tx.execute(
      sql`select pg_advisory_xact_lock(${CALENDAR_LOCK}, hashtext(${appointments.therapistId}::text))
        from ${appointments} where ${appointments.id} = ${appointmentId}`,
    ),
    tx
      .update(appointments)
      .set({ startsAt, endsAt })
      .where(and(eq(appointments.id, appointmentId), eq(appointments.status, "scheduled")))
      .returning({ id: appointments.id }),
  ]);
  return rows.length > 0;
}

export async function insertSeries(q: Queryable, series: typeof appointmentSeries.$inferInsert) {
  const [row] = await q
    .insert(appointmentSeries)
    .values(series)
    .returning({ id: appointmentSeries.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export type AppointmentScope =
  | { kind: "clinic"; clinicId: string; therapistId?: string }
  | { kind: "therapist"; clinicId: string; therapistId: string }
  | { kind: "guardian"; clinicId: string; guardianId: string };

/** Sessions overlapping [from, to) that a calendar shows, with their children and seats. */
export async function listAppointments(
  q: Queryable,
  scope: AppointmentScope,
  from: Date,
  to: Date,
) {
  const guardianChildren =
    scope.kind === "guardian"
      ? q
          .select({ id: guardianLinks.childId })
          .from(guardianLinks)
          .where(eq(guardianLinks.guardianId, scope.guardianId))
      : undefined;
  const rows = await q
    .select({
      id: appointments.id,
      start: appointments.startsAt,
      end: appointments.endsAt,
      timeZone: appointments.timeZone,
      status: appointments.status,
      modality: appointments.modality,
      capacity: appointments.capacity,
      lateCancellation: appointments.lateCancellation,
      cancelReason: appointments.cancelReason,
      cancelledBy: appointments.cancelledBy,
      liveEndedAt: liveSessions.endedAt,
      therapistId: appointments.therapistId,
      therapistName: users.name,
      sessionTypeId: appointments.sessionTypeId,
      sessionTypeName: sessionTypes.name,
      groupName: appointments.groupName,
      kind: sessionTypes.kind,
      cancellationWindowHours: windowOfBooking,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.therapistId))
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .leftJoin(liveSessions, eq(liveSessions.appointmentId, appointments.id))
    .where(
      and(
        eq(appointments.clinicId, scope.clinicId),
        lt(appointments.startsAt, to),
        gt(appointments.endsAt, from),
        scope.kind !== "guardian" && scope.therapistId
          ? eq(appointments.therapistId, scope.therapistId)
          : undefined,
        guardianChildren
          ? inArray(
              appointments.id,
              q
                .select({ id: appointmentParticipants.appointmentId })
                .from(appointmentParticipants)
                .where(
                  and(
                    inArray(appointmentParticipants.childId, guardianChildren),
                    isNull(appointmentParticipants.leftAt),
                  ),
                ),
            )
          : undefined,
      ),
    )
    .orderBy(asc(appointments.startsAt));
  const ids = rows.map((r) => r.id);
  const participants = ids.length
    ? await q
        .select({
          appointmentId: appointmentParticipants.appointmentId,
          childId: children.id,
          firstName: children.firstName,
          lastName: children.lastName,
        })
        .from(appointmentParticipants)
        .innerJoin(children, eq(children.id, appointmentParticipants.childId))
        .where(
          and(
            inArray(appointmentParticipants.appointmentId, ids),
            isNull(appointmentParticipants.leftAt),
          ),
        )
    : [];
  return rows.map((r) => ({
    ...r,
    children: participants.filter((p) => p.appointmentId === r.id),
  }));
}
