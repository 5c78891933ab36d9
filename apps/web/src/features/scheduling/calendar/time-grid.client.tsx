"use client";

import { useSyncExternalStore, type MouseEvent } from "react";

import { instantAt, wallClockOf } from "@carryover/domain/scheduling";
import { cn } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime } from "~/lib/time";
import { AppointmentBlock } from "./appointment-block.client";
import { clockOf } from "./appointment-time";
import type { Booking, GridColumn, Interval } from "./calendar-types";
import {
  gridHours,
  HOUR_PX,
  hourLabel,
  laneLayout,
  pickedMinute,
  spanOn,
  visibleSessions,
  type Span,
} from "./time-grid-layout";

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

/** What every column shares: the zone, the current minute and the vertical scale. */
type ColumnProps = Omit<Props, "columns" | "label"> & {
  now: Date | null;
  height: number;
  /** Pixels from the top of the grid to a minute of the day. */
  y: (minute: number) => number;
};

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

function ColumnHeading({ column }: { column: GridColumn }) {
  return (
    <div
      className={cn(
        "sticky top-0 z-30 border-b border-l border-stone-200 bg-white px-2 py-2 text-center text-sm",
        column.isToday && "bg-brand-50",
      )}
    >
      <span
        className={cn("block font-semibold text-stone-900", column.isToday && "text-brand-800")}
      >
        {column.heading}
      </span>
      {column.isToday ? (
        <span className="mt-0.5 inline-block rounded-full bg-brand-700 px-2 text-xs font-semibold text-white">
          Today
        </span>
      ) : null}
    </div>
  );
}

/** Open time: a button that starts a new session there, or shading when it can't or has passed. */
function OpenTime({
  interval,
  span,
  column,
  timeZone,
  now,
  y,
  onCreateAt,
}: Pick<ColumnProps, "timeZone" | "now" | "y" | "onCreateAt"> & {
  interval: Interval;
  span: Span;
  column: GridColumn;
}) {
  const cycle = useHourCycle();
  const style = { top: y(span.top), height: y(span.bottom) - y(span.top) };
  const words = `Open ${clockTime(interval.start, timeZone, cycle)} to ${clockTime(interval.end, timeZone, cycle)}`;
  const past = now !== null && +interval.end <= +now;
  if (!onCreateAt || past)
    return (
      <div
        role="img"
        aria-label={`${words}, ${column.label}`}
        style={style}
        className={cn(
          "absolute inset-x-0 ring-1 ring-inset ring-emerald-200",
          past ? "bg-stone-50" : "bg-emerald-50",
        )}
      />
    );

  function create(event: MouseEvent<HTMLButtonElement>) {
    // A keyboard press has no pointer position: it starts at the beginning of the open time.
    const offset =
      event.detail === 0 ? 0 : event.clientY - event.currentTarget.getBoundingClientRect().top;
    const current = now ? wallClockOf(now, timeZone) : null;
    const minute = pickedMinute(span, offset, column.date, current);
    const start = instantAt(column.date, clockOf(minute), timeZone);
    if (start) onCreateAt?.(column, start);
  }

  return (
    <button
      type="button"
      onClick={create}
      aria-label={`${words}, ${column.label}: add a session`}
      title="Add a session here"
      style={style}
      className="absolute inset-x-0 cursor-copy bg-emerald-50 ring-1 ring-inset ring-emerald-200 hover:bg-emerald-100 focus-visible:z-20 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600"
    />
  );
}

/** One column against the hours: its open time, its sessions in lanes, the current-time line. */
function DayColumn({ column, ...props }: ColumnProps & { column: GridColumn }) {
  const { timeZone, now, height, y } = props;
  const sessions = visibleSessions(column, props.showCancelled)
    .map((booking) => ({ booking, span: spanOn(column.date, booking, timeZone) }))
    .filter((s): s is { booking: Booking; span: Span } => s.span !== null);
  const lanes = laneLayout(sessions.map((s) => ({ id: s.booking.id, span: s.span })));
  const nowSpan =
    now && column.isToday
      ? spanOn(column.date, { start: now, end: new Date(+now + 60_000) }, timeZone)
      : null;
  return (
    <div
      role="group"
      aria-label={column.label}
      className={cn("relative border-l border-stone-200", column.isToday && "bg-brand-50/30")}
      style={{
        height,
        backgroundImage: `repeating-linear-gradient(to bottom, transparent 0, transparent ${HOUR_PX - 1}px, rgb(231 229 228) ${HOUR_PX - 1}px, rgb(231 229 228) ${HOUR_PX}px)`,
      }}
    >
      {column.available.map((interval) => {
        const span = spanOn(column.date, interval, timeZone);
        if (!span) return null;
        return (
          <OpenTime
            key={+interval.start}
            interval={interval}
            span={span}
            column={column}
            timeZone={timeZone}
            now={now}
            y={y}
            onCreateAt={props.onCreateAt}
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
            showTherapist={props.showTherapist ?? false}
            onOpen={() => props.onOpenAppointment(booking, column)}
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
}

/** A grid of columns against the hours of the day; open time shaded, sessions as blocks. */
export function TimeGrid({ columns, label, ...props }: Props) {
  const now = useNow();
  const { firstHour, hours } = gridHours(columns, props.timeZone, props.showCancelled);
  const height = hours.length * HOUR_PX;
  const y = (minute: number) => ((minute - firstHour * 60) / 60) * HOUR_PX;

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
          <ColumnHeading key={column.key} column={column} />
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

        {columns.map((column) => (
          <DayColumn key={column.key} column={column} now={now} height={height} y={y} {...props} />
        ))}
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
