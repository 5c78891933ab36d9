import { expandWeeklySeries, planSeriesDates } from "@carryover/domain/scheduling";

import type { ActorContext } from "../context";
import { AppError } from "../errors";
import { requireBookable } from "./create-booking";
import { openSlots } from "./open-slots";
import type { PreviewSeriesInput } from "./series.contracts";

/**
 * The dates of a weekly series in the therapist's local time, each sorted into free, taken by another
 * session, outside the therapist's open times, or skipped by choice. Access is checked first.
 */
export async function planSeries(ctx: ActorContext, input: PreviewSeriesInput, skip: Date[]) {
  const now = ctx.now();
  const { therapist, sessionType } = await requireBookable(ctx, input);
  const starts = expandWeeklySeries({ ...input, timeZone: therapist.timeZone });
  const first = starts[0];
  const last = starts.at(-1);
  if (!first || !last)
    throw new AppError(
      "VALIDATION",
      "EMPTY_SERIES",
      "These choices give no dates. Check the weekdays and the end date.",
      { field: "weekdays" },
    );
  const to = new Date(+last + 1);
  const [open, openIfUnbooked] = await Promise.all(
    [false, true].map(async (ignoreBooked) =>
      (await openSlots(ctx.db, therapist, sessionType, first, to, now, { ignoreBooked })).map(
        (s) => s.start,
      ),
    ),
  );
  const plan = planSeriesDates({
    starts,
    open: open ?? [],
    openIfUnbooked: openIfUnbooked ?? [],
    skip,
  });
  if (!plan.ok)
    throw new AppError(
      "VALIDATION",
      plan.reason,
      "A date to skip isn't one of this series' dates. Check the dates again, then book.",
      { field: "skip" },
    );
  return { therapist, sessionType, dates: plan.dates, now };
}
