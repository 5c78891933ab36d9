import type { Queryable } from "@carryover/db";
import { findOpenTimeInputs } from "@carryover/db/queries";
import { checkBookingWindow, generateSlots, type Interval } from "@carryover/domain/scheduling";

import { AppError } from "../errors";

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
  const { weekly, overrides, busy } = await findOpenTimeInputs(
    q,
    therapist.id,
    new Date(+from - DAY),
    new Date(+to + DAY),
    options.exceptAppointmentId,
  );
  return generateSlots({
    timeZone: therapist.timeZone,
    weekly,
    overrides,
    busy: options.ignoreBooked ? [] : busy,
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

const WINDOW_MESSAGES = {
  IN_PAST: "That time has already passed. Choose another time.",
  UNDER_MINIMUM_NOTICE: "That time is too soon to book. Choose a later time.",
  BEYOND_MAXIMUM_ADVANCE: "That time is too far ahead to book yet. Choose an earlier time.",
} as const;

export type WantedTime = {
  therapist: { id: string; timeZone: string };
  sessionType: SessionTypeTimes & { maximumAdvanceDays: number };
  start: Date;
  now: Date;
  /** A session being moved: its own time does not count against the new one. */
  exceptAppointmentId?: string;
};

/** The answer to a taken time: in plain words, with the three nearest open times. */
export async function slotTaken(q: Queryable, wanted: WantedTime, message: string) {
  return new AppError("CONFLICT", "SLOT_TAKEN", message, {
    field: "start",
    alternatives: await nearestOpenTimes(
      q,
      wanted.therapist,
      wanted.sessionType,
      wanted.start,
      wanted.now,
      wanted.exceptAppointmentId,
    ),
  });
}

/**
 * Refuses a time outside the booking window or the therapist's open times, telling a taken time
 * (409, with alternatives) from one that was never offered (412).
 */
export async function requireOpenTime(q: Queryable, wanted: WantedTime, takenMessage: string) {
  const window = checkBookingWindow(wanted.start, wanted.now, wanted.sessionType);
  if (!window.ok)
    throw new AppError("PRECONDITION_FAILED", window.reason, WINDOW_MESSAGES[window.reason], {
      field: "start",
    });
  const offered = async (ignoreBooked: boolean) =>
    (
      await openSlots(
        q,
        wanted.therapist,
        wanted.sessionType,
        wanted.start,
        new Date(+wanted.start + 1),
        wanted.now,
        {
          ignoreBooked,
          exceptAppointmentId: wanted.exceptAppointmentId,
        },
      )
    ).length > 0;
  if (await offered(false)) return;
  if (await offered(true)) throw await slotTaken(q, wanted, takenMessage);
  throw new AppError(
    "PRECONDITION_FAILED",
    "OUTSIDE_AVAILABILITY",
    "That time isn't one of the therapist's open times. Choose one of the times offered.",
    { field: "start" },
  );
}
