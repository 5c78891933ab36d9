import { wallClockOf } from "@carryover/domain/scheduling";

import type { Booking, GridColumn, Interval } from "./calendar-types";

export const HOUR_PX = 60;
const DEFAULT_FIRST_HOUR = 7;
const DEFAULT_LAST_HOUR = 20;
const SNAP_MINUTES = 15;
const DAY_MINUTES = 24 * 60;

/** Minutes after a column's local midnight. */
export type Span = { top: number; bottom: number };

/** Minutes after the column's local midnight, clipped to that day. */
export function spanOn(date: string, interval: Interval, timeZone: string): Span | null {
  const start = wallClockOf(interval.start, timeZone);
  const end = wallClockOf(interval.end, timeZone);
  const top = start.date < date ? 0 : start.date > date ? null : start.minute;
  const bottom = end.date > date ? DAY_MINUTES : end.date < date ? null : end.minute;
  if (top === null || bottom === null || bottom <= top) return null;
  return { top, bottom };
}

/** Side-by-side lanes for sessions that overlap (a cancelled one under its replacement, say). */
export function laneLayout(spans: { id: string; span: Span }[]) {
  const sorted = [...spans].sort(
    (a, b) => a.span.top - b.span.top || b.span.bottom - a.span.bottom,
  );
  const layout = new Map<string, { lane: number; lanes: number }>();
  let cluster: { id: string; lane: number }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const item of cluster) layout.set(item.id, { lane: item.lane, lanes: laneEnds.length });
    cluster = [];
    laneEnds = [];
  };
  for (const { id, span } of sorted) {
    if (span.top >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= span.top);
    if (lane === -1) lane = laneEnds.push(span.bottom) - 1;
    else laneEnds[lane] = span.bottom;
    cluster.push({ id, lane });
    clusterEnd = Math.max(clusterEnd, span.bottom);
  }
  close();
  return layout;
}

export function hourLabel(hour: number): string {
  const h = hour % 24;
  const suffix = h < 12 ? "AM" : "PM";
  return `${h % 12 === 0 ? 12 : h % 12} ${suffix}`;
}

export function visibleSessions(column: GridColumn, showCancelled: boolean): Booking[] {
  return column.sessions.filter((b) => showCancelled || b.status !== "cancelled");
}

/** The hours the grid shows: 7 AM to 8 PM, stretched to hold all open time and shown sessions. */
export function gridHours(
  columns: GridColumn[],
  timeZone: string,
  showCancelled: boolean,
): { firstHour: number; hours: number[] } {
  let firstMinute = DEFAULT_FIRST_HOUR * 60;
  let lastMinute = DEFAULT_LAST_HOUR * 60;
  for (const column of columns) {
    for (const interval of [...column.available, ...visibleSessions(column, showCancelled)]) {
      const span = spanOn(column.date, interval, timeZone);
      if (!span) continue;
      firstMinute = Math.min(firstMinute, span.top);
      lastMinute = Math.max(lastMinute, span.bottom);
    }
  }
  const firstHour = Math.floor(firstMinute / 60);
  const lastHour = Math.ceil(lastMinute / 60);
  return {
    firstHour,
    hours: Array.from({ length: lastHour - firstHour }, (_, i) => firstHour + i),
  };
}

/**
 * The start a click on open time asks for, as a minute of the column's day: where the pointer is
 * (offsetPx below the top of the open time), snapped down to a quarter hour, never before the open
 * time, never so late the quarter hour runs past its end, and on today never a time already gone.
 */
export function pickedMinute(
  span: Span,
  offsetPx: number,
  date: string,
  now: { date: string; minute: number } | null,
): number {
  const earliest =
    now && now.date === date
      ? Math.max(span.top, Math.ceil((now.minute + 1) / SNAP_MINUTES) * SNAP_MINUTES)
      : span.top;
  const picked = Math.max(earliest, span.top + (offsetPx / HOUR_PX) * 60);
  return Math.min(
    Math.max(span.top, Math.floor(picked / SNAP_MINUTES) * SNAP_MINUTES),
    Math.max(span.top, span.bottom - SNAP_MINUTES),
  );
}
