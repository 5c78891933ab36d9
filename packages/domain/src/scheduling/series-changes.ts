import { DateTime } from "luxon";

import { localDay, zoneNamed } from "./local-time";
import type { AppointmentStatus } from "./rules";

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Which occurrences of a series a change applies to, counted from the one the person chose. */
export const SERIES_SCOPES = ["one", "following", "all"] as const;
export type SeriesScope = (typeof SERIES_SCOPES)[number];

export type SeriesOccurrence = { id: string; startsAt: Date; status: AppointmentStatus };

/**
 * The occurrences a change of scope touches: still scheduled and not yet started. "one" is the chosen
 * occurrence, "following" it and every later one, "all" every one of the series that can still change.
 */
export function selectSeriesOccurrences<T extends SeriesOccurrence>(
  occurrences: readonly T[],
  chosenId: string,
  scope: SeriesScope,
  now: Date,
): T[] {
  const chosen = occurrences.find((o) => o.id === chosenId);
  if (!chosen) return [];
  return occurrences
    .filter((o) => o.status === "scheduled" && +o.startsAt > +now)
    .filter((o) =>
      scope === "one"
        ? o.id === chosen.id
        : scope === "following"
          ? +o.startsAt >= +chosen.startsAt
          : true,
    )
    .sort((a, b) => +a.startsAt - +b.startsAt);
}

/** An instant's local wall-clock time in a zone, as milliseconds of a UTC calendar (floating time). */
function wallClockMs(instant: Date, zone: string): number {
  return +instant + zoneNamed(zone).offset(+instant) * MINUTE;
}

/**
 * Moves each start by the wall-clock change from `from` to `to` in the series' zone, so a 4:00 pm →
 * 5:00 pm move stays 5:00 pm on both sides of a daylight-saving change. A new time inside a
 * spring-forward gap becomes the end of the gap, as when the series was created.
 */
export function shiftOnWallClock(
  starts: readonly Date[],
  from: Date,
  to: Date,
  timeZone: string,
): Date[] {
  const shift = wallClockMs(to, timeZone) - wallClockMs(from, timeZone);
  return starts.map((start) => {
    const wall = wallClockMs(start, timeZone) + shift;
    const dayMs = Math.floor(wall / DAY) * DAY;
    return new Date(localDay(timeZone, dayMs).boundaryOf((wall - dayMs) / MINUTE));
  });
}

/** The instant on a zone's own clock, for formats that write local time with the zone's name. */
export function onLocalClock(instant: Date, timeZone: string): DateTime {
  return DateTime.fromMillis(+instant, { zone: zoneNamed(timeZone) });
}
