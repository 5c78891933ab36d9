import type { ReactNode } from "react";

import { Badge } from "@carryover/ui";

import { MODALITY_LABELS_FOR_FAMILIES } from "~/features/scheduling/labels";
import type { Booking } from "~/features/scheduling/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime, dayAndTime, longDay } from "~/lib/time";

const STATUS: Record<
  Booking["status"],
  { label: string; tone: "brand" | "neutral" | "danger" | "success" }
> = {
  scheduled: { label: "Booked", tone: "brand" },
  cancelled: { label: "Cancelled", tone: "neutral" },
  completed: { label: "Done", tone: "success" },
  no_show: { label: "Missed", tone: "danger" },
};

export function AppointmentCard({
  booking,
  timeZone,
  past = false,
  children,
}: {
  booking: Booking;
  timeZone: string;
  past?: boolean;
  children?: ReactNode;
}) {
  const cycle = useHourCycle();
  const status =
    booking.status === "cancelled" && booking.lateCancellation
      ? { label: "Cancelled (late)", tone: "danger" as const }
      : booking.status === "scheduled" && past
        ? { label: "Past", tone: "neutral" as const }
        : STATUS[booking.status];
  const names = booking.children.map((c) => c.firstName).join(" and ");
  return (
    <li
      aria-label={`${booking.sessionTypeName}, ${dayAndTime(booking.start, timeZone, cycle)}`}
      className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium text-stone-600">{longDay(booking.start, timeZone)}</p>
          <p className="text-2xl font-semibold text-stone-900">
            {clockTime(booking.start, timeZone, cycle)}
            <span className="text-lg font-normal text-stone-600">
              {" "}
              to {clockTime(booking.end, timeZone, cycle)}
            </span>
          </p>
        </div>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <p className="mt-2 text-lg text-stone-900">
        {booking.sessionTypeName}
        {names ? ` for ${names}` : ""}
      </p>
      <p className="text-stone-700">
        With {booking.therapistName} · {MODALITY_LABELS_FOR_FAMILIES[booking.modality]}
      </p>
      {children}
    </li>
  );
}
