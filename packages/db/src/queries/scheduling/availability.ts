import { and, asc, eq, inArray, isNull, sql, type Placeholder } from "drizzle-orm";

import type { Queryable } from "../../client";
import { reusable, reusableSql } from "../../reusable";
import {
  appointments,
  availabilityOverrides,
  availabilityRules,
  clinics,
  memberships,
  sessionTypes,
  therapistLicenses,
  users,
} from "../../schema";

const clinicTherapist = reusable("clinic_therapist", (q) =>
  q
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
        eq(memberships.clinicId, sql.placeholder("clinicId")),
        eq(memberships.userId, sql.placeholder("therapistId")),
        eq(memberships.role, "therapist"),
        isNull(memberships.deactivatedAt),
      ),
    ),
);

/** A therapist of the clinic with their zone (their own, else the clinic's); nothing for anyone else. */
export async function findClinicTherapist(q: Queryable, clinicId: string, therapistId: string) {
  const [row] = await clinicTherapist(q, { clinicId, therapistId });
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

const weeklyOf = (
  therapistId: string | Placeholder,
) => sql`(select coalesce(json_agg(json_build_object(
    'weekday', ${availabilityRules.weekday}, 'start', ${availabilityRules.start}, 'end', ${availabilityRules.end})
    order by ${availabilityRules.weekday}, ${availabilityRules.start}), '[]')
  from ${availabilityRules} where ${availabilityRules.therapistId} = ${therapistId})`;

const overridesOf = (
  therapistId: string | Placeholder,
) => sql`(select coalesce(json_agg(json_build_object(
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

type OpenTimeInputs = Availability & { busy: { start: string; end: string }[] };

const openTimeInputs = reusableSql<Record<string, unknown>, OpenTimeInputs>(() => {
  const therapistId = sql.placeholder("therapistId");
  return sql`select ${weeklyOf(therapistId)} as weekly, ${overridesOf(therapistId)} as overrides,
      (select coalesce(json_agg(json_build_object(
          'start', ${appointments.startsAt} - make_interval(mins => ${sessionTypes.bufferBeforeMinutes}),
          'end', ${appointments.endsAt} + make_interval(mins => ${sessionTypes.bufferAfterMinutes}))), '[]')
        from ${appointments}
        join ${sessionTypes} on ${sessionTypes.id} = ${appointments.sessionTypeId}
        where ${appointments.therapistId} = ${therapistId}
          and ${appointments.status} <> 'cancelled'
          and ${appointments.startsAt} < ${sql.placeholder("to")}::timestamptz
          and ${appointments.endsAt} > ${sql.placeholder("from")}::timestamptz
          and ${appointments.id} is distinct from ${sql.placeholder("exceptAppointmentId")}::uuid) as busy`;
});

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
  const [row] = await openTimeInputs(q, {
    therapistId,
    from: from.toISOString(),
    to: to.toISOString(),
    exceptAppointmentId: exceptAppointmentId ?? null,
  });
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

const sessionTypeOfClinic = reusable("session_type", (q) =>
  q
    .select()
    .from(sessionTypes)
    .where(
      and(
        eq(sessionTypes.clinicId, sql.placeholder("clinicId")),
        eq(sessionTypes.id, sql.placeholder("sessionTypeId")),
      ),
    ),
);

export async function findSessionType(q: Queryable, clinicId: string, sessionTypeId: string) {
  const [row] = await sessionTypeOfClinic(q, { clinicId, sessionTypeId });
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
