"use client";

import { useSyncExternalStore, type MouseEvent } from "react";

import { instantAt, wallClockOf } from "@carryover/domain/scheduling";
import { cn } from "@carryover/ui";

import { APPOINTMENT_STATUS_LABELS, SESSION_KIND_LABELS } from "~/features/scheduling/labels";
import { clockTime } from "~/lib/time";
import { appointmentLabel, firstNames } from "./appointment-label";
import type { Booking, GridColumn, Interval } from "./calendar-types";

const HOUR_PX = 60;
const DEFAULT_FIRST_HOUR = 7;
const DEFAULT_LAST_HOUR = 20;
const SNAP_MINUTES = 15;
const DAY_MINUTES = 24 * 60;

type Props = {
  columns: GridColumn[];
  /** The zone every time on the grid is drawn in. */
  timeZone: string;
  showCancelled: boolean;
  /** Name the therapist on each session (a grid across therapists). */
  showTherapist?: boolean;
  onOpenAppointment: (booking: Booking, column: GridColumn) => void;
  /** Clicking open time: its start snapped to a quarter hour. Without it open time is only shaded. */
  onCreateAt?: (column: GridColumn, start: Date) => void;
  label: string;
};

type Span = { top: number; bottom: number };

/** Minutes after the column's local midnight, clipped to that day. */
function spanOn(date: string, interval: Interval, timeZone: string): Span | null {
  const start = wallClockOf(interval.start, timeZone);
  const end = wallClockOf(interval.end, timeZone);
  const top = start.date < date ? 0 : start.date > date ? null : start.minute;
  const bottom = end.date > date ? DAY_MINUTES : end.date < date ? null : end.minute;
  if (top === null || bottom === null || bottom <= top) return null;
  return { top, bottom };
}

/** Side-by-side lanes for sessions that overlap (a cancelled one under its replacement, say). */
function laneLayout(spans: { id: string; span: Span }[]) {
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

function hourLabel(hour: number): string {
  const h = hour % 24;
  const suffix = h < 12 ? "AM" : "PM";
  return `${h % 12 === 0 ? 12 : h % 12} ${suffix}`;
}

const everyMinute = (notify: () => void) => {
  const timer = window.setInterval(notify, 60_000);
  return () => window.clearInterval(timer);
};

/** The current minute in the browser; null while rendering on the server, so hydration agrees. */
function useNow(): Date | null {
  const minute = useSyncExternalStore(
    everyMinute,
    () => Math.floor(Date.now() / 60_000),
    () => null,
  );
  return minute === null ? null : new Date(minute * 60_000);
}

function AppointmentBlock({
  booking,
  column,
  timeZone,
  showTherapist,
  style,
  onOpen,
}: {
  booking: Booking;
  column: GridColumn;
  timeZone: string;
  showTherapist: boolean;
  style: { top: number; height: number; left: string; width: string };
  onOpen: () => void;
}) {
  const cancelled = booking.status === "cancelled";
  const noShow = booking.status === "no_show";
  const names = firstNames(booking.children);
  const compact = style.height < 40;
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label={appointmentLabel(
        booking,
        timeZone,
        showTherapist ? column.therapistName : undefined,
      )}
      style={style}
      className={cn(
        "absolute z-10 overflow-hidden rounded-md border-l-4 px-1.5 py-0.5 text-left text-xs leading-tight shadow-sm",
        "focus-visible:z-20 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600",
        cancelled
          ? "border-stone-400 bg-stone-100 text-stone-600"
          : noShow
            ? "border-amber-600 bg-amber-50 text-amber-950 hover:bg-amber-100"
            : booking.kind === "group"
              ? "border-violet-600 bg-violet-50 text-violet-950 hover:bg-violet-100"
              : "border-brand-700 bg-white text-stone-900 ring-1 ring-stone-200 hover:bg-brand-50",
      )}
    >
      <span className={cn("block truncate font-semibold", cancelled && "line-through")}>
        {clockTime(booking.start, timeZone)}
        {booking.kind === "group"
          ? ` · ${booking.seatsTaken}/${booking.capacity}`
          : names
            ? ` · ${names}`
            : ""}
      </span>
      {compact || booking.status !== "scheduled" ? null : (
        <span className="block truncate">
          {booking.kind === "group" && names
            ? `Group · ${names}`
            : SESSION_KIND_LABELS[booking.kind]}
        </span>
      )}
      {booking.status !== "scheduled" || booking.lateCancellation ? (
        <span className="mt-0.5 flex flex-wrap gap-1">
          {booking.status !== "scheduled" ? (
            <span
              className={cn(
                "rounded px-1 text-[0.7rem] font-semibold uppercase",
                noShow ? "bg-amber-200 text-amber-950" : "bg-stone-200 text-stone-800",
              )}
            >
              {APPOINTMENT_STATUS_LABELS[booking.status]}
            </span>
          ) : null}
          {booking.lateCancellation ? (
            <span className="rounded bg-red-100 px-1 text-[0.7rem] font-semibold uppercase text-red-900">
              Late
            </span>
          ) : null}
        </span>
      ) : null}
    </button>
  );
}

/** A grid of columns against the hours of the day; open time shaded, sessions as blocks. */
export function TimeGrid({
  columns,
  timeZone,
  showCancelled,
  showTherapist = false,
  onOpenAppointment,
  onCreateAt,
  label,
}: Props) {
  const now = useNow();
  const visible = (column: GridColumn) =>
    column.sessions.filter((b) => showCancelled || b.status !== "cancelled");

  let firstMinute = DEFAULT_FIRST_HOUR * 60;
  let lastMinute = DEFAULT_LAST_HOUR * 60;
  for (const column of columns) {
    for (const interval of [...column.available, ...visible(column)]) {
      const span = spanOn(column.date, interval, timeZone);
      if (!span) continue;
      firstMinute = Math.min(firstMinute, span.top);
      lastMinute = Math.max(lastMinute, span.bottom);
    }
  }
  const firstHour = Math.floor(firstMinute / 60);
  const lastHour = Math.ceil(lastMinute / 60);
  const hours = Array.from({ length: lastHour - firstHour }, (_, i) => firstHour + i);
  const height = hours.length * HOUR_PX;
  const y = (minute: number) => ((minute - firstHour * 60) / 60) * HOUR_PX;

  function createFrom(event: MouseEvent<HTMLButtonElement>, column: GridColumn, span: Span) {
    if (!onCreateAt) return;
    // A keyboard press has no pointer position: it starts at the beginning of the open time.
    const offset =
      event.detail === 0 ? 0 : event.clientY - event.currentTarget.getBoundingClientRect().top;
    // Open time that has begun today offers its next quarter hour, not a time already gone.
    const current = now ? wallClockOf(now, timeZone) : null;
    const earliest =
      current && current.date === column.date
        ? Math.max(span.top, Math.ceil((current.minute + 1) / SNAP_MINUTES) * SNAP_MINUTES)
        : span.top;
    const picked = Math.max(earliest, span.top + (offset / HOUR_PX) * 60);
    const snapped = Math.min(
      Math.max(span.top, Math.floor(picked / SNAP_MINUTES) * SNAP_MINUTES),
      Math.max(span.top, span.bottom - SNAP_MINUTES),
    );
    const clock = `${String(Math.floor(snapped / 60)).padStart(2, "0")}:${String(snapped % 60).padStart(2, "0")}`;
    const start = instantAt(column.date, clock, timeZone);
    if (start) onCreateAt(column, start);
  }

  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white shadow-sm">
      <div
        role="group"
        aria-label={label}
        className="grid min-w-[48rem]"
        style={{ gridTemplateColumns: `4rem repeat(${columns.length}, minmax(6.5rem, 1fr))` }}
      >
        <div className="sticky top-0 z-30 border-b border-stone-200 bg-white" />
        {columns.map((column) => (
          <div
            key={column.key}
            className={cn(
              "sticky top-0 z-30 border-b border-l border-stone-200 bg-white px-2 py-2 text-center text-sm",
              column.isToday && "bg-brand-50",
            )}
          >
            <span
              className={cn(
                "block font-semibold text-stone-900",
                column.isToday && "text-brand-800",
              )}
            >
              {column.heading}
            </span>
            {column.isToday ? (
              <span className="mt-0.5 inline-block rounded-full bg-brand-700 px-2 text-xs font-semibold text-white">
                Today
              </span>
            ) : null}
          </div>
        ))}

        <div className="relative" style={{ height }} aria-hidden="true">
          {hours.map((hour) => (
            <span
              key={hour}
              className="absolute right-2 -translate-y-1/2 text-xs text-stone-600"
              style={{ top: y(hour * 60) }}
            >
              {hour === firstHour ? "" : hourLabel(hour)}
            </span>
          ))}
        </div>

        {columns.map((column) => {
          const sessions = visible(column)
            .map((booking) => ({ booking, span: spanOn(column.date, booking, timeZone) }))
            .filter((s): s is { booking: Booking; span: Span } => s.span !== null);
          const lanes = laneLayout(sessions.map((s) => ({ id: s.booking.id, span: s.span })));
          const nowSpan =
            now && column.isToday
              ? spanOn(column.date, { start: now, end: new Date(+now + 60_000) }, timeZone)
              : null;
          return (
            <div
              key={column.key}
              role="group"
              aria-label={column.label}
              className={cn(
                "relative border-l border-stone-200",
                column.isToday && "bg-brand-50/30",
              )}
              style={{
                height,
                backgroundImage: `repeating-linear-gradient(to bottom, transparent 0, transparent ${HOUR_PX - 1}px, rgb(231 229 228) ${HOUR_PX - 1}px, rgb(231 229 228) ${HOUR_PX}px)`,
              }}
            >
              {column.available.map((interval) => {
                const span = spanOn(column.date, interval, timeZone);
                if (!span) return null;
                const style = { top: y(span.top), height: y(span.bottom) - y(span.top) };
                const words = `Open ${clockTime(interval.start, timeZone)} to ${clockTime(interval.end, timeZone)}`;
                const past = now !== null && +interval.end <= +now;
                return onCreateAt && !past ? (
                  <button
                    key={+interval.start}
                    type="button"
                    onClick={(event) => createFrom(event, column, span)}
                    aria-label={`${words}, ${column.label}: add a session`}
                    title="Add a session here"
                    style={style}
                    className="absolute inset-x-0 cursor-copy bg-emerald-50 ring-1 ring-inset ring-emerald-200 hover:bg-emerald-100 focus-visible:z-20 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600"
                  />
                ) : (
                  <div
                    key={+interval.start}
                    role="img"
                    aria-label={`${words}, ${column.label}`}
                    style={style}
                    className={cn(
                      "absolute inset-x-0 ring-1 ring-inset ring-emerald-200",
                      past ? "bg-stone-50" : "bg-emerald-50",
                    )}
                  />
                );
              })}
              {sessions.map(({ booking, span }) => {
                const lane = lanes.get(booking.id) ?? { lane: 0, lanes: 1 };
                const width = 100 / lane.lanes;
                return (
                  <AppointmentBlock
                    key={booking.id}
                    booking={booking}
                    column={column}
                    timeZone={timeZone}
                    showTherapist={showTherapist}
                    onOpen={() => onOpenAppointment(booking, column)}
                    style={{
                      top: y(span.top) + 1,
                      height: Math.max(y(span.bottom) - y(span.top) - 2, 22),
                      left: `calc(${lane.lane * width}% + 2px)`,
                      width: `calc(${width}% - 4px)`,
                    }}
                  />
                );
              })}
              {nowSpan ? (
                <div
                  aria-hidden="true"
                  className="pointer-events-none absolute inset-x-0 z-20 border-t-2 border-red-600"
                  style={{ top: y(nowSpan.top) }}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}

export function TimeGridSkeleton({ columns }: { columns: number }) {
  return (
    <div
      role="status"
      aria-label="Loading the calendar…"
      className="overflow-hidden rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-2" style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
        {Array.from({ length: columns }, (_, index) => (
          <div key={index} className="flex flex-col gap-2">
            <div className="h-6 animate-pulse rounded bg-stone-200 motion-reduce:animate-none" />
            <div className="h-96 animate-pulse rounded bg-stone-100 motion-reduce:animate-none" />
          </div>
        ))}
      </div>
    </div>
  );
}
