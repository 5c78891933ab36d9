"use client";

import { cn } from "@carryover/ui";

import { APPOINTMENT_STATUS_LABELS, SESSION_KIND_LABELS } from "~/features/scheduling/labels";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime } from "~/lib/time";
import { appointmentLabel, firstNames } from "./appointment-label";
import type { Booking, GridColumn } from "./calendar-types";

/** One session on the grid: its time and who it is with, its status, and a late cancellation. */
export function AppointmentBlock({
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
  const cycle = useHourCycle();
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
        cycle,
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
        {clockTime(booking.start, timeZone, cycle)}
        {booking.kind === "group"
          ? ` · ${booking.seatsTaken}/${booking.capacity}`
          : names
            ? ` · ${names}`
            : ""}
      </span>
      {compact || booking.status !== "scheduled" ? null : (
        <span className="block truncate">
          {booking.kind === "group"
            ? [booking.groupName ?? "Group", names].filter(Boolean).join(" · ")
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
