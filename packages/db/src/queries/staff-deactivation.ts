import { and, asc, count, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";

import type { Queryable, Tx } from "../client";
import {
  appointmentParticipants,
  appointments,
  children,
  memberships,
  sessionTypes,
  therapistLicenses,
  users,
} from "../schema";
import { CALENDAR_LOCK } from "./scheduling/booking";

/** Staff memberships (admin, therapist) of the clinic that are not deactivated, with licence states. */
export async function listActiveStaff(q: Queryable, clinicId: string) {
  return q
    .select({
      userId: users.id,
      name: users.name,
      role: memberships.role,
      licenceStates: sql<string[]>`array(
        select ${therapistLicenses.state} from ${therapistLicenses}
        where ${therapistLicenses.membershipId} = ${memberships.id} order by 1)`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.clinicId, clinicId),
        inArray(memberships.role, ["admin", "therapist"]),
        isNull(memberships.deactivatedAt),
      ),
    )
    .orderBy(asc(users.name));
}

export async function countActiveAdmins(q: Queryable, clinicId: string) {
  const [row] = await q
    .select({ n: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.clinicId, clinicId),
        eq(memberships.role, "admin"),
        isNull(memberships.deactivatedAt),
      ),
    );
  return row?.n ?? 0;
}

/** Locks the clinic's admin memberships so two admins deactivating each other cannot both pass the last-admin rule. */
export async function lockClinicAdmins(tx: Tx, clinicId: string) {
  await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.role, "admin")))
    .for("update");
}

export async function setMembershipDeactivated(
  q: Queryable,
  membershipId: string,
  deactivatedAt: Date | null,
) {
  await q.update(memberships).set({ deactivatedAt }).where(eq(memberships.id, membershipId));
}

/** A therapist's scheduled sessions from `now` on, soonest first, with their children and where each child is. */
export async function listUpcomingSessionsOfTherapist(
  q: Queryable,
  clinicId: string,
  therapistId: string,
  now: Date,
  limit: number,
) {
  const rows = await q
    .select({
      id: appointments.id,
      start: appointments.startsAt,
      end: appointments.endsAt,
      timeZone: appointments.timeZone,
      modality: appointments.modality,
      kind: sessionTypes.kind,
      sessionTypeName: sessionTypes.name,
    })
    .from(appointments)
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .where(
      and(
        eq(appointments.clinicId, clinicId),
        eq(appointments.therapistId, therapistId),
        eq(appointments.status, "scheduled"),
        gt(appointments.endsAt, now),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .limit(limit);
  const ids = rows.map((r) => r.id);
  const participants = ids.length
    ? await q
        .select({
          appointmentId: appointmentParticipants.appointmentId,
          childId: children.id,
          firstName: children.firstName,
          lastName: children.lastName,
          childLocationState: appointmentParticipants.childLocationState,
        })
        .from(appointmentParticipants)
        .innerJoin(children, eq(children.id, appointmentParticipants.childId))
        .where(
          and(
            inArray(appointmentParticipants.appointmentId, ids),
            isNull(appointmentParticipants.leftAt),
          ),
        )
        .orderBy(asc(children.firstName))
    : [];
  return rows.map((r) => ({
    ...r,
    children: participants
      .filter((p) => p.appointmentId === r.id)
      .map(({ appointmentId: _, ...child }) => child),
  }));
}

/** Whether the therapist has another non-cancelled session overlapping [start, end). */
export async function therapistBusyBetween(
  q: Queryable,
  therapistId: string,
  start: Date,
  end: Date,
  exceptAppointmentId: string,
) {
  const [row] = await q
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        eq(appointments.therapistId, therapistId),
        ne(appointments.id, exceptAppointmentId),
        ne(appointments.status, "cancelled"),
        sql`tstzrange(${appointments.startsAt}, ${appointments.endsAt}) && tstzrange(${start.toISOString()}::timestamptz, ${end.toISOString()}::timestamptz)`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Hands a scheduled session to another therapist; false when it is no longer scheduled. */
export async function reassignAppointment(
  tx: Tx,
  appointmentId: string,
  fromTherapistId: string,
  toTherapistId: string,
) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(${CALENDAR_LOCK}, hashtext(${toTherapistId}::text))`,
  );
  const rows = await tx
    .update(appointments)
    .set({ therapistId: toTherapistId })
    .where(
      and(
        eq(appointments.id, appointmentId),
        eq(appointments.therapistId, fromTherapistId),
        eq(appointments.status, "scheduled"),
      ),
    )
    .returning({ id: appointments.id });
  return rows.length > 0;
}
