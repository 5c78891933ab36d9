import { and, asc, eq, gt, inArray, isNull, lt, ne, sql } from "drizzle-orm";

import type { Queryable } from "..";
import {
  appointments,
  availabilityOverrides,
  availabilityRules,
  clinics,
  memberships,
  sessionTypes,
  therapistLicenses,
  users,
} from "../schema";

/** A therapist of the clinic with their zone (their own, else the clinic's); nothing for anyone else. */
export async function findClinicTherapist(q: Queryable, clinicId: string, therapistId: string) {
  const [row] = await q
    .select({
      id: users.id,
      name: users.name,
      timeZone: users.timeZone,
      clinicTimeZone: clinics.timeZone,
      licenceStates: sql<string[]>`array(
        select ${therapistLicenses.state} from ${therapistLicenses}
        where ${therapistLicenses.membershipId} = ${memberships.id})`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(clinics, eq(clinics.id, memberships.clinicId))
    .where(
      and(
        eq(memberships.clinicId, clinicId),
        eq(memberships.userId, therapistId),
        eq(memberships.role, "therapist"),
        isNull(memberships.deactivatedAt),
      ),
    );
  return row
    ? {
        id: row.id,
        name: row.name,
        timeZone: row.timeZone ?? row.clinicTimeZone,
        licenceStates: row.licenceStates,
      }
    : undefined;
}

export async function listClinicTherapists(q: Queryable, clinicId: string) {
  return q
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.clinicId, clinicId),
        eq(memberships.role, "therapist"),
        isNull(memberships.deactivatedAt),
      ),
    )
    .orderBy(asc(users.name));
}

/** A therapist's weekly hours and date overrides, in one query. */
export async function findAvailability(q: Queryable, therapistId: string) {
  const [row] = await q.execute<{
    weekly: { weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; start: string; end: string }[];
    overrides: { date: string; ranges: { start: string; end: string }[] }[];
  }>(sql`select
    (select coalesce(json_agg(json_build_object(
        'weekday', ${availabilityRules.weekday}, 'start', ${availabilityRules.start}, 'end', ${availabilityRules.end})
      order by ${availabilityRules.weekday}, ${availabilityRules.start}), '[]')
     from ${availabilityRules} where ${availabilityRules.therapistId} = ${therapistId}) as weekly,
    (select coalesce(json_agg(json_build_object(
        'date', ${availabilityOverrides.date}, 'ranges', ${availabilityOverrides.ranges})
      order by ${availabilityOverrides.date}), '[]')
     from ${availabilityOverrides} where ${availabilityOverrides.therapistId} = ${therapistId}) as overrides`);
  return { weekly: row?.weekly ?? [], overrides: row?.overrides ?? [] };
}

export async function replaceAvailability(
  q: Queryable,
  clinicId: string,
  therapistId: string,
  availability: {
    weekly: { weekday: number; start: string; end: string }[];
    overrides: { date: string; ranges: { start: string; end: string }[] }[];
  },
) {
  await q.delete(availabilityRules).where(eq(availabilityRules.therapistId, therapistId));
  await q.delete(availabilityOverrides).where(eq(availabilityOverrides.therapistId, therapistId));
  if (availability.weekly.length) {
    await q
      .insert(availabilityRules)
      .values(availability.weekly.map((w) => ({ ...w, therapistId, clinicId })));
  }
  if (availability.overrides.length) {
    await q
      .insert(availabilityOverrides)
      .values(availability.overrides.map((o) => ({ ...o, therapistId, clinicId })));
  }
}

/**
 * A therapist's non-cancelled appointments that overlap [from, to), each widened by its own session
 * type's buffers, so a new booking also leaves the time a booked session needs before and after.
 */
export async function listBusyIntervals(
  q: Queryable,
  therapistId: string,
  from: Date,
  to: Date,
  exceptAppointmentId?: string,
) {
  const rows = await q
    .select({
      start: appointments.startsAt,
      end: appointments.endsAt,
      before: sessionTypes.bufferBeforeMinutes,
      after: sessionTypes.bufferAfterMinutes,
    })
    .from(appointments)
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .where(
      and(
        eq(appointments.therapistId, therapistId),
        ne(appointments.status, "cancelled"),
        lt(appointments.startsAt, to),
        gt(appointments.endsAt, from),
        exceptAppointmentId ? ne(appointments.id, exceptAppointmentId) : undefined,
      ),
    );
  return rows.map((r) => ({
    start: new Date(+r.start - r.before * 60_000),
    end: new Date(+r.end + r.after * 60_000),
  }));
}

export async function findSessionType(q: Queryable, clinicId: string, sessionTypeId: string) {
  const [row] = await q
    .select()
    .from(sessionTypes)
    .where(and(eq(sessionTypes.clinicId, clinicId), eq(sessionTypes.id, sessionTypeId)));
  return row;
}

export async function listSessionTypes(
  q: Queryable,
  clinicId: string,
  kinds?: readonly (typeof sessionTypes.$inferSelect.kind)[],
) {
  return q
    .select()
    .from(sessionTypes)
    .where(
      and(
        eq(sessionTypes.clinicId, clinicId),
        eq(sessionTypes.active, true),
        kinds ? inArray(sessionTypes.kind, [...kinds]) : undefined,
      ),
    )
    .orderBy(asc(sessionTypes.name));
}
