import { isExclusionViolation } from "@carryover/db";
import { insertAppointmentWithChild, insertSeries } from "@carryover/db/queries";
import { checkBookingWindow, seriesRule } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { noticeJob } from "../notices/notice-jobs";
import { audit } from "../policy/audit";
import { planSeries } from "./series-plan";
import type { CreateSeriesInput, CreateSeriesResult } from "./series.contracts";

/** A weekly series of individual sessions, in the therapist's local time. */
export async function createSeries(
  ctx: ActorContext,
  input: CreateSeriesInput,
): Promise<CreateSeriesResult> {
  const { actor } = ctx;
  const { therapist, sessionType, dates, now } = await planSeries(ctx, input, input.skip);
  const chosen = dates.filter((d) => d.status !== "skipped");
  const first = chosen[0]?.start;
  if (!first)
    throw new AppError(
      "VALIDATION",
      "EMPTY_SERIES",
      "Every date of this series is skipped, so there is nothing to book.",
      { field: "skip" },
    );
  // The booking horizon limits how far ahead a series may begin, not how long it runs.
  const window = checkBookingWindow(first, now, sessionType);
  if (!window.ok) {
    throw new AppError(
      "PRECONDITION_FAILED",
      window.reason,
      "The first date can't be booked: choose one between the minimum notice and the booking horizon.",
      { field: "firstDate" },
    );
  }
  const free = chosen.filter((d) => d.status === "free").map((d) => d.start);
  const unavailable = chosen.filter((d) => d.status !== "free").map((d) => d.start);
  if (input.mode === "all" && unavailable.length > 0) {
    throw new AppError(
      "CONFLICT",
      "SERIES_CONFLICT",
      `${unavailable.length} of the ${chosen.length} dates aren't free, so nothing was booked. Choose another time, or book only the free dates.`,
      { field: "firstDate", alternatives: unavailable },
    );
  }

  const duration = sessionType.durationMinutes * 60_000;
  const result = await ctx.db.transaction(async (tx) => {
    const seriesId = await insertSeries(tx, {
      clinicId: actor.clinicId,
      therapistId: therapist.id,
      rrule: seriesRule({ ...input, timeZone: therapist.timeZone }).toString(),
      timeZone: therapist.timeZone,
    });
    const booked: Date[] = [];
    const skipped = [
      ...unavailable,
      ...dates.filter((d) => d.status === "skipped").map((d) => d.start),
    ];
    for (const start of free) {
      try {
        // A savepoint per date: in "free" mode a date taken meanwhile is skipped, not fatal.
        await tx.transaction((occurrence) =>
          insertAppointmentWithChild(
            occurrence,
            {
              clinicId: actor.clinicId,
              therapistId: therapist.id,
              sessionTypeId: sessionType.id,
              seriesId,
              startsAt: start,
              endsAt: new Date(+start + duration),
              timeZone: therapist.timeZone,
              modality: sessionType.modality,
              capacity: sessionType.capacity,
              cancellationWindowHours: sessionType.cancellationWindowHours,
              createdById: actor.userId,
            },
            {
              childId: input.childId,
              childLocationState: input.childLocationState,
              bookedById: actor.userId,
            },
          ),
        );
        booked.push(start);
      } catch (error) {
        if (!isExclusionViolation(error)) throw error;
        if (input.mode === "all") {
          throw new AppError(
            "CONFLICT",
            "SERIES_CONFLICT",
            "One of the dates was just booked, so nothing was booked. Please try again.",
            { field: "firstDate", alternatives: [start] },
          );
        }
        skipped.push(start);
      }
    }
    await audit(tx, ctx.meta, {
      actorId: actor.userId,
      clinicId: actor.clinicId,
      action: "series.create",
      entityType: "series",
      entityId: seriesId,
    });
    if (booked.length > 0) {
      await ctx.jobs.enqueue(
        [noticeJob({ kind: "series_confirmation", seriesId, childId: input.childId })],
        tx,
      );
    }
    return { seriesId, booked, skipped: skipped.sort((a, b) => +a - +b) };
  });
  return result;
}
