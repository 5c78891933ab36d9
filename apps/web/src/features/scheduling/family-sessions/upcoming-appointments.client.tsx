"use client";

import Link from "next/link";

import type { SessionState } from "@carryover/domain/scheduling";
import { Button, buttonClasses, EmptyState } from "@carryover/ui";

import type { Booking } from "~/features/scheduling/types";
import { appointmentActions } from "./appointment-actions";
import { AppointmentCard } from "./appointment-card";

type Handlers = {
  /** The group session being left right now, if any. */
  leavingId: string | null;
  onLeave: (booking: Booking) => void;
  onMove: (booking: Booking) => void;
  onCancel: (booking: Booking) => void;
};

export function UpcomingAppointments({
  coming,
  now,
  timeZone,
  clinicName,
  ...handlers
}: {
  coming: (Booking & { state: SessionState })[];
  now: number;
  timeZone: string;
  clinicName: string;
} & Handlers) {
  return (
    <section className="flex flex-col gap-3" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading" className="text-xl font-semibold text-stone-900">
        Upcoming
      </h2>
      {coming.length === 0 ? (
        <EmptyState
          title="No sessions booked yet"
          description="When you book a session it shows up here, with a way to move or cancel it."
          action={
            <Link href="/family/book" className={buttonClasses({ size: "lg" })}>
              Book a session
            </Link>
          }
        />
      ) : (
        <ul className="flex flex-col gap-3">
          {coming.map((booking) => (
            <AppointmentCard
              key={booking.id}
              booking={booking}
              state={booking.state}
              timeZone={timeZone}
              clinicName={clinicName}
            >
              <AppointmentButtons booking={booking} now={now} {...handlers} />
            </AppointmentCard>
          ))}
        </ul>
      )}
    </section>
  );
}

function AppointmentButtons({
  booking,
  now,
  leavingId,
  onLeave,
  onMove,
  onCancel,
}: { booking: Booking; now: number } & Handlers) {
  const { video, change } = appointmentActions(booking, now);
  return (
    <>
      {video ? (
        <Link
          href={`/sessions/${booking.id}`}
          className={buttonClasses({ size: "lg", className: "mt-4 w-full" })}
        >
          Join the video session
        </Link>
      ) : null}
      {change ? (
        <div className="mt-4 grid grid-cols-2 gap-3">
          {change === "leave-group" ? (
            <Button
              type="button"
              variant="secondary"
              className="col-span-2"
              busy={leavingId === booking.id}
              onClick={() => onLeave(booking)}
            >
              Leave this group
            </Button>
          ) : (
            <>
              <Button type="button" variant="secondary" onClick={() => onMove(booking)}>
                Reschedule
              </Button>
              <Button type="button" variant="secondary" onClick={() => onCancel(booking)}>
                Cancel
              </Button>
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
