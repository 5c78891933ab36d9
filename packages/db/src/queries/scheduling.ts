import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";

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

type Availability = {
  weekly: { weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; start: string; end: string }[];
  overrides: { date: string; ranges: { start: string; end: string }[] }[];
};

const weeklyOf = (therapistId: string) => sql`(select coalesce(json_agg(json_build_object(
    'weekday', ${availabilityRules.weekday}, 'start', ${availabilityRules.start}, 'end', ${availabilityRules.end})
    order by ${availabilityRules.weekday}, ${availabilityRules.start}), '[]')
  from ${availabilityRules} where ${availabilityRules.therapistId} = ${therapistId})`;

const overridesOf = (therapistId: string) => sql`(select coalesce(json_agg(json_build_object(
    'date', ${availabilityOverrides.date}, 'ranges', ${availabilityOverrides.ranges})
    order by ${availabilityOverrides.date}), '[]')
  from ${availabilityOverrides} where ${availabilityOverrides.therapistId} = ${therapistId})`;

/** A therapist's weekly hours and date overrides, in one query. */
export async function findAvailability(q: Queryable, therapistId: string) {
  const [row] = await q.execute<Availability>(
    sql`select ${weeklyOf(therapistId)} as weekly, ${overridesOf(therapistId)} as overrides`,
  );
  return { weekly: row?.weekly ?? [], overrides: row?.overrides ?? [] };
}

/**
 * What open times are made of, in one query: the therapist's hours and dates that differ, and the
 * time taken by sessions overlapping [from, to), widened by their buffers (cancelled ones and
 * `exceptAppointmentId` left out).
 */
export async function findOpenTimeInputs(
  q: Queryable,
  therapistId: string,
  from: Date,
  to: Date,
  exceptAppointmentId?: string,
) {
  const [row] = await q.execute<Availability & { busy: { start: string; end: string }[] }>(
    sql`select ${weeklyOf(therapistId)} as weekly, ${overridesOf(therapistId)} as overrides,
      (select coalesce(json_agg(json_build_object(
          'start', ${appointments.startsAt} - make_interval(mins => ${sessionTypes.bufferBeforeMinutes}),
          'end', ${appointments.endsAt} + make_interval(mins => ${sessionTypes.bufferAfterMinutes}))), '[]')
        from ${appointments}
        join ${sessionTypes} on ${sessionTypes.id} = ${appointments.sessionTypeId}
        where ${appointments.therapistId} = ${therapistId}
          and ${appointments.status} <> 'cancelled'
          and ${appointments.startsAt} < ${to.toISOString()}::timestamptz
          and ${appointments.endsAt} > ${from.toISOString()}::timestamptz
          and ${appointments.id} is distinct from ${exceptAppointmentId ?? null}::uuid) as busy`,
  );
  return {
    weekly: row?.weekly ?? [],
    overrides: row?.overrides ?? [],
    busy: (row?.busy ?? []).map((b) => ({ start: new Date(b.start), end: new Date(b.end) })),
  };
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
