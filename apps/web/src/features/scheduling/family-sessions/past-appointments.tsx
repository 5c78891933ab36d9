import Link from "next/link";

import type { Booking } from "~/features/scheduling/types";
import { AppointmentCard } from "./appointment-card";

export function PastAppointments({ earlier, timeZone }: { earlier: Booking[]; timeZone: string }) {
  return (
    <section className="flex flex-col gap-3" aria-labelledby="past-heading">
      <h2 id="past-heading" className="text-xl font-semibold text-stone-900">
        Past month
      </h2>
      <ul className="flex flex-col gap-3">
        {earlier.map((booking) => (
          <AppointmentCard key={booking.id} booking={booking} timeZone={timeZone} past>
            {booking.modality === "telehealth" && booking.status !== "cancelled" ? (
              <Link
                href={`/sessions/${booking.id}/summary`}
                className="mt-3 inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4"
              >
                What changed and what&apos;s next
              </Link>
            ) : null}
          </AppointmentCard>
        ))}
      </ul>
    </section>
  );
}
