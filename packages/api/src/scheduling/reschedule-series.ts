import { isExclusionViolation } from "@carryover/db";
import {
  findAvailability,
  findClinicTherapist,
  findSeries,
  findSessionType,
  listBusyIntervalsExcept,
  listSeriesOccurrences,
  moveAppointment,
} from "@carryover/db/queries";
import {
  checkBookingWindow,
  generateSlots,
  onLocalClock,
  selectSeriesOccurrences,
  shiftOnWallClock,
} from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { noticeJob } from "../notices/notice-jobs";
import {
  refuseFamilyChangingGroup,
  requireAppointment,
  requireMayMove,
} from "../policy/appointment-access";
import { audit } from "../policy/audit";
import { notInSeries } from "./cancel-series";
import type { RescheduleSeriesInput, RescheduleSeriesResult } from "./series.contracts";

const DAY = 86_400_000;

const notMovable = () =>
  new AppError(
    "PRECONDITION_FAILED",
    "NOT_MOVABLE",
    "Only a scheduled session that hasn't started can be moved.",
  );

const WINDOW_MESSAGES = {
  IN_PAST: "has already passed",
  UNDER_MINIMUM_NOTICE: "is too soon to book",
  BEYOND_MAXIMUM_ADVANCE: "is too far ahead to book yet",
} as const;

type Move = { appointmentId: string; from: Date; start: Date; end: Date };

/**
 * Moves one occurrence of a series, it and the following ones, or all that have not started, by the
 * same change of local wall-clock time in the series' zone (4:00 pm → 5:00 pm stays 5:00 pm across
 * daylight-saving changes). All or nothing: if any new time is not open, nothing moves and the
 * answer names the first date that does not fit.
 */
export async function rescheduleSeries(
  ctx: ActorContext,
  input: RescheduleSeriesInput,
): Promise<RescheduleSeriesResult> {
  const { actor } = ctx;
  const now = ctx.now();
  const facts = await requireAppointment(ctx.db, actor, input.appointmentId);
  const { appointment } = facts;
  refuseFamilyChangingGroup(actor, appointment);
  if (appointment.status !== "scheduled" || +appointment.startsAt <= +now) throw notMovable();
  if (!appointment.seriesId) throw notInSeries();
  requireMayMove(actor, facts, "these sessions");
  const [series, sessionType, therapist] = await Promise.all([
    findSeries(ctx.db, appointment.seriesId),
    findSessionType(ctx.db, actor.clinicId, appointment.sessionTypeId),
    findClinicTherapist(ctx.db, actor.clinicId, appointment.therapistId),
  ]);
  if (!series || !sessionType || !therapist) throw notMovable();

  const occurrences = selectSeriesOccurrences(
    await listSeriesOccurrences(ctx.db, series.id),
    appointment.id,
    input.scope,
    now,
  );
  const duration = sessionType.durationMinutes * 60_000;
  const starts = shiftOnWallClock(
    occurrences.map((o) => o.startsAt),
    appointment.startsAt,
    input.start,
    series.timeZone,
  );
  const moves: Move[] = occurrences.map((o, i) => {
    const start = starts[i] ?? o.startsAt;
    return { appointmentId: o.id, from: o.startsAt, start, end: new Date(+start + duration) };
  });
  const first = moves[0];
  const last = moves.at(-1);
  if (!first || !last) throw notMovable();
  const day = (d: Date) => onLocalClock(d, series.timeZone).toFormat("cccc, LLLL d");
  const time = (d: Date) => onLocalClock(d, series.timeZone).toFormat("h:mm a");

  const window = checkBookingWindow(first.start, now, sessionType);
  if (!window.ok) {
    throw new AppError(
      "PRECONDITION_FAILED",
      window.reason,
      `The new time for ${day(first.from)} ${WINDOW_MESSAGES[window.reason]}. Nothing was changed; choose another time.`,
      { field: "start" },
    );
  }

  const [availability, busy] = await Promise.all([
    findAvailability(ctx.db, therapist.id),
    listBusyIntervalsExcept(
      ctx.db,
      therapist.id,
      new Date(+first.start - DAY),
      new Date(+last.end + DAY),
      moves.map((m) => m.appointmentId),
    ),
  ]);
  const open = new Set(
    generateSlots({
      timeZone: therapist.timeZone,
      weekly: availability.weekly,
      overrides: availability.overrides,
      busy,
      durationMinutes: sessionType.durationMinutes,
      bufferBeforeMinutes: sessionType.bufferBeforeMinutes,
      bufferAfterMinutes: sessionType.bufferAfterMinutes,
      from: first.start,
      to: new Date(+last.start + 1),
      now,
      minimumNoticeMinutes: sessionType.minimumNoticeMinutes,
    }).map((slot) => +slot.start),
  );
  const conflict = (move: Move) =>
    new AppError(
      "CONFLICT",
      "SERIES_CONFLICT",
      `The session on ${day(move.from)} can't move to ${time(move.start)} on ${day(move.start)}: the therapist isn't free then. Nothing was changed; choose another time.`,
      { field: "start", alternatives: [move.start] },
    );
  const blocked = moves.find((m) => !open.has(+m.start));
  if (blocked) throw conflict(blocked);

  const changed = moves.filter((m) => +m.start !== +m.from);
  // Later sessions move first when moving later (earlier ones first when moving earlier), so no
  // session lands on one that has not moved yet and trips the overlap constraint.
  const order = +input.start > +appointment.startsAt ? [...changed].reverse() : changed;
  await ctx.db.transaction(async (tx) => {
    for (const move of order) {
      let moved: boolean;
      try {
        moved = await tx.transaction((step) =>
          moveAppointment(step, move.appointmentId, move.start, move.end),
        );
      } catch (error) {
        if (isExclusionViolation(error)) throw conflict(move);
        throw error;
      }
      if (!moved) throw notMovable();
      await audit(tx, ctx.meta, {
        actorId: actor.userId,
        clinicId: actor.clinicId,
        action: "series.reschedule",
        entityType: "appointment",
        entityId: move.appointmentId,
      });
    }
    await ctx.jobs.enqueue(
      changed.map((move) =>
        noticeJob({
          kind: "change",
          appointmentId: move.appointmentId,
          from: move.from,
          start: move.start,
        }),
      ),
      tx,
    );
  });
  return {
    moved: changed.map(({ appointmentId, start, end }) => ({ appointmentId, start, end })),
  };
}
