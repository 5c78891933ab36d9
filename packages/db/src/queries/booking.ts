import { and, eq, isNull } from "drizzle-orm";

import type { Queryable } from "..";
import {
  appointmentParticipants,
  appointmentSeries,
  appointments,
  guardianLinks,
  idempotencyKeys,
  memberships,
  sessionTypes,
  therapistLicenses,
} from "../schema";

export async function findIdempotencyRecord(q: Queryable, actorId: string, key: string) {
  const [row] = await q
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, key)));
  return row;
}

export async function insertIdempotencyRecord(
  q: Queryable,
  record: typeof idempotencyKeys.$inferInsert,
) {
  await q.insert(idempotencyKeys).values(record);
}

export async function findGuardianLink(q: Queryable, childId: string, guardianId: string) {
  const [row] = await q
    .select()
    .from(guardianLinks)
    .where(and(eq(guardianLinks.childId, childId), eq(guardianLinks.guardianId, guardianId)));
  return row;
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

/** The exclusion constraint may refuse it (23P01). */
export async function insertAppointment(
  q: Queryable,
  appointment: typeof appointments.$inferInsert,
) {
  const [row] = await q.insert(appointments).values(appointment).returning({ id: appointments.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** One appointment with its first participant; the exclusion constraint may refuse it (23P01). */
export async function insertAppointmentWithChild(
  q: Queryable,
  appointment: typeof appointments.$inferInsert,
  participant: { childId: string; childLocationState: string | null; bookedById: string },
) {
  const appointmentId = await insertAppointment(q, appointment);
  await q.insert(appointmentParticipants).values({ appointmentId, ...participant });
  return appointmentId;
}

/** An appointment with what access and policy need: its clinic, children and session type's window. */
export async function findAppointmentFacts(q: Queryable, appointmentId: string) {
  const [row] = await q
    .select({
      appointment: appointments,
      cancellationWindowHours: sessionTypes.cancellationWindowHours,
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
    | { status: "cancelled"; cancelledAt: Date; cancelReason: string; lateCancellation: boolean }
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
export async function moveAppointment(
  q: Queryable,
  appointmentId: string,
  startsAt: Date,
  endsAt: Date,
) {
  const rows = await q
    .update(appointments)
    .set({ startsAt, endsAt })
    .where(and(eq(appointments.id, appointmentId), eq(appointments.status, "scheduled")))
    .returning({ id: appointments.id });
  return rows.length > 0;
}

export async function insertSeries(q: Queryable, series: typeof appointmentSeries.$inferInsert) {
  const [row] = await q.insert(appointmentSeries).values(series).returning({ id: appointmentSeries.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}
