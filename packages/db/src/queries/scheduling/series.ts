import { and, asc, eq, gt, lt, ne, notInArray } from "drizzle-orm";

import type { Queryable } from "../../client";
import { appointments, appointmentSeries, sessionTypes } from "../../schema";
import { windowOfBooking } from "./booking";

export async function findSeries(q: Queryable, seriesId: string) {
  const [row] = await q.select().from(appointmentSeries).where(eq(appointmentSeries.id, seriesId));
  return row;
}

/** Every occurrence of a series, earliest first, whatever its status. */
export async function listSeriesOccurrences(q: Queryable, seriesId: string) {
  return q
    .select({
      id: appointments.id,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      cancellationWindowHours: windowOfBooking,
    })
    .from(appointments)
    .innerJoin(sessionTypes, eq(sessionTypes.id, appointments.sessionTypeId))
    .where(eq(appointments.seriesId, seriesId))
    .orderBy(asc(appointments.startsAt));
}

/** A therapist's busy times (with buffers) overlapping [from, to), leaving out the given sessions. */
export async function listBusyIntervalsExcept(
  q: Queryable,
  therapistId: string,
  from: Date,
  to: Date,
  exceptAppointmentIds: readonly string[],
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
        exceptAppointmentIds.length
          ? notInArray(appointments.id, [...exceptAppointmentIds])
          : undefined,
      ),
    );
  return rows.map((r) => ({
    start: new Date(+r.start - r.before * 60_000),
    end: new Date(+r.end + r.after * 60_000),
  }));
}
