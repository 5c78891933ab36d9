import Link from "next/link";
import type { ReactNode } from "react";

import type { SessionState } from "@carryover/domain/scheduling";
import { Badge, cn, textLinkClasses } from "@carryover/ui";

import { askAboutHref } from "~/features/messaging/about-activity";
import { MODALITY_LABELS_FOR_FAMILIES } from "~/features/scheduling/labels";
import { sessionName } from "~/features/scheduling/session-name";
import type { Booking } from "~/features/scheduling/types";
import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime, dayAndTime, longDay } from "~/lib/time";
import { appointmentStatus } from "./appointment-status";

export function AppointmentCard({
  booking,
  state,
  timeZone,
  clinicName,
  children,
}: {
  booking: Booking;
  state: SessionState;
  timeZone: string;
  clinicName: string;
  children?: ReactNode;
}) {
  const cycle = useHourCycle();
  const status = appointmentStatus(booking, state, clinicName);
  const names = booking.children.map((c) => c.firstName).join(" and ");
  const muted = state === "cancelled";
  const [child] = booking.children;
  return (
    <li
      aria-label={`${sessionName(booking)}, ${dayAndTime(booking.start, timeZone, cycle)}`}
      className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
    >
      {/* A long status wraps under the time on a narrow phone instead of squeezing it. */}
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
        <div>
          <p className="font-medium text-stone-600">{longDay(booking.start, timeZone)}</p>
          <p
            className={
              muted
                ? "text-2xl font-semibold text-stone-500 line-through decoration-1"
                : "text-2xl font-semibold text-stone-900"
            }
          >
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
        {sessionName(booking)}
        {names ? ` for ${names}` : ""}
      </p>
      <p className="text-stone-700">
        With {booking.therapistName} · {MODALITY_LABELS_FOR_FAMILIES[booking.modality]}
      </p>
      {status.detail || status.reason ? (
        <div className="mt-3 rounded-lg bg-stone-50 p-3 text-stone-800">
          {status.detail ? <p>{status.detail}</p> : null}
          {status.reason ? (
            <p className="mt-1">
              <span className="font-medium">Reason: </span>
              <span className="whitespace-pre-line">{status.reason}</span>
            </p>
          ) : null}
        </div>
      ) : null}
      {children}
      {child && state !== "cancelled" ? (
        <Link
          href={askAboutHref("/family/messages", child.childId, {
            appointmentId: booking.id,
            title: `${sessionName(booking)}, ${dayAndTime(booking.start, timeZone, cycle)}`,
          })}
          className={cn(textLinkClasses, "mt-3 inline-flex min-h-11 items-center")}
        >
          Ask about this session
        </Link>
      ) : null}
    </li>
  );
}
