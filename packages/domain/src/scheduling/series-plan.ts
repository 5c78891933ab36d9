/** What becomes of one date of a series before it is booked. */
export type SeriesDateStatus =
  /** Open: it will be booked. */
  | "free"
  /** Inside the therapist's hours, but another session (or its buffer) holds the time. */
  | "taken"
  /** Outside the therapist's hours, on a day off, or too soon to book. */
  | "unavailable"
  /** Left out by the person booking, after seeing it clash. */
  | "skipped";

export type PlannedSeriesDate = { start: Date; status: SeriesDateStatus };

export type SeriesPlan =
  | { ok: true; dates: PlannedSeriesDate[] }
  | { ok: false; reason: "SKIP_NOT_IN_SERIES"; stray: Date[] };

/**
 * Sorts each date of a series: skipped by choice, free, taken by another session, or outside the
 * therapist's open times. `open` are the open starts; `openIfUnbooked` the starts that would be open
 * with no other sessions booked. A skip that names no date of the series is refused, so a stale
 * choice (made for other dates) never books what the person did not see.
 */
export function planSeriesDates(input: {
  starts: readonly Date[];
  open: readonly Date[];
  openIfUnbooked: readonly Date[];
  skip: readonly Date[];
}): SeriesPlan {
  const inSeries = new Set(input.starts.map(Number));
  const stray = input.skip.filter((d) => !inSeries.has(+d));
  if (stray.length > 0) return { ok: false, reason: "SKIP_NOT_IN_SERIES", stray };
  const skip = new Set(input.skip.map(Number));
  const open = new Set(input.open.map(Number));
  const openIfUnbooked = new Set(input.openIfUnbooked.map(Number));
  return {
    ok: true,
    dates: input.starts.map((start) => ({
      start,
      status: skip.has(+start)
        ? "skipped"
        : open.has(+start)
          ? "free"
          : openIfUnbooked.has(+start)
            ? "taken"
            : "unavailable",
    })),
  };
}

/** The dates of a plan that clash: taken by another session or outside the open times. */
export const clashingDates = (dates: readonly PlannedSeriesDate[]) =>
  dates.filter((d) => d.status === "taken" || d.status === "unavailable");
