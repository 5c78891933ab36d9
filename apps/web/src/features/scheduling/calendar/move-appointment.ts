import type { z } from "zod";

import type { RescheduleBookingInput } from "@carryover/api/contracts/booking";
import { isCalendarDate } from "@carryover/domain/scheduling";

import { rescheduleRequest } from "~/features/scheduling/reschedule-request";
import { clockTime, dayAndDate } from "~/lib/time";
import type { HourCycle } from "~/lib/time";
import type { DescribedError } from "~/lib/trpc-error";
import { isClock, SKIPPED_TIME, startFrom } from "./appointment-time";

export type MoveErrors = { date?: string; time?: string };
export type MoveRefusal = { title: string; message: string; alternatives: Date[] };

/** What stops a move before it is sent: a missing date or time, a skipped time, the same time. */
export function findMoveErrors(
  date: string,
  time: string,
  timeZone: string,
  current: Date,
): MoveErrors {
  const start = startFrom(date, time, timeZone);
  const found: MoveErrors = {};
  if (!isCalendarDate(date)) found.date = "Enter the new date.";
  if (!isClock(time)) found.time = "Enter the new start time.";
  else if (isCalendarDate(date) && !start) found.time = SKIPPED_TIME;
  else if (start && +start === +current)
    found.time = "That is the session's current time. Choose a different one.";
  return found;
}

/**
 * The move to send, checked with booking.reschedule's contract; else the messages beside the
 * date and time, or a refusal above them as the server's would read.
 */
export function checkMove(
  appointmentId: string,
  fields: { date: string; time: string },
  timeZone: string,
  current: Date,
  cycle: HourCycle = "h12",
):
  | { ok: true; input: z.output<typeof RescheduleBookingInput> }
  | { ok: false; errors: MoveErrors; refusal: MoveRefusal | null } {
  const errors = findMoveErrors(fields.date, fields.time, timeZone, current);
  const start = startFrom(fields.date, fields.time, timeZone);
  if (Object.keys(errors).length > 0 || !start) return { ok: false, errors, refusal: null };
  const request = rescheduleRequest(appointmentId, start);
  if (request.ok) return request;
  return { ok: false, errors, refusal: moveRefusal(request.problem, current, timeZone, cycle) };
}

/** A refused move in words: the session stays where it was, and why it couldn't go there. */
export function moveRefusal(
  refused: DescribedError,
  current: Date,
  timeZone: string,
  cycle: HourCycle = "h12",
): MoveRefusal {
  const stays = `The session stays on ${dayAndDate(current, timeZone)} at ${clockTime(current, timeZone, cycle)}.`;
  if (refused.code === "CONFLICT")
    return {
      title: "Nothing changed: that time overlaps another session.",
      message: `${stays} The therapist is already booked then, or the time runs into the break another session needs. Choose one of the nearest open times below, or another time.`,
      alternatives: refused.alternatives,
    };
  return {
    title: "Nothing changed: the session can't move there.",
    message: `${stays} ${refused.message}`,
    alternatives: refused.alternatives,
  };
}
