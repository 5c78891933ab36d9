import type { Queryable } from "@carryover/db";
import { findAvailability, listBusyIntervals } from "@carryover/db/queries";
import { generateSlots, type Interval } from "@carryover/domain/scheduling";

const DAY = 86_400_000;

type SessionTypeTimes = {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
};

/** The open times of one therapist for one session type in [from, to), as families see them. */
export async function openSlots(
  q: Queryable,
  therapist: { id: string; timeZone: string },
  sessionType: SessionTypeTimes,
  from: Date,
  to: Date,
  now: Date,
  options: { ignoreBooked?: boolean; exceptAppointmentId?: string } = {},
): Promise<Interval[]> {
  const [availability, busy] = await Promise.all([
    findAvailability(q, therapist.id),
    options.ignoreBooked
      ? []
      : listBusyIntervals(
          q,
          therapist.id,
          new Date(+from - DAY),
          new Date(+to + DAY),
          options.exceptAppointmentId,
        ),
  ]);
  return generateSlots({
    timeZone: therapist.timeZone,
    weekly: availability.weekly,
    overrides: availability.overrides,
    busy,
    durationMinutes: sessionType.durationMinutes,
    bufferBeforeMinutes: sessionType.bufferBeforeMinutes,
    bufferAfterMinutes: sessionType.bufferAfterMinutes,
    from,
    to,
    now,
    minimumNoticeMinutes: sessionType.minimumNoticeMinutes,
  });
}

/** Up to three open times nearest to a wanted one, earliest first: what to offer after a conflict. */
export async function nearestOpenTimes(
  q: Queryable,
  therapist: { id: string; timeZone: string },
  sessionType: SessionTypeTimes,
  wanted: Date,
  now: Date,
  exceptAppointmentId?: string,
): Promise<Date[]> {
  const slots = await openSlots(
    q,
    therapist,
    sessionType,
    new Date(+wanted - 2 * DAY),
    new Date(+wanted + 3 * DAY),
    now,
    { exceptAppointmentId },
  );
  return slots
    .map((s) => s.start)
    .sort((a, b) => Math.abs(+a - +wanted) - Math.abs(+b - +wanted))
    .slice(0, 3)
    .sort((a, b) => +a - +b);
}
