"use client";

import Link from "next/link";
import { useState } from "react";

import { hasSummary, type SessionState } from "@carryover/domain/scheduling";
import { Button, EmptyState } from "@carryover/ui";

import type { Booking } from "~/features/scheduling/types";
import { AppointmentCard } from "./appointment-card";

const PAGE = 10;

/** The last two months, newest first, ten at a time. */
export function PastAppointments({
  earlier,
  timeZone,
  clinicName,
}: {
  earlier: (Booking & { state: SessionState })[];
  timeZone: string;
  clinicName: string;
}) {
  const [shown, setShown] = useState(PAGE);
  return (
    <section className="flex flex-col gap-3" aria-labelledby="past-heading">
      <h2 id="past-heading" className="text-xl font-semibold text-stone-900">
        Past
      </h2>
      {earlier.length === 0 ? (
        <EmptyState
          title="No past sessions yet"
          description="Sessions from the last two months show here once they are over, with their summaries."
        />
      ) : (
        <ul className="flex flex-col gap-3">
          {earlier.slice(0, shown).map((booking) => (
            <AppointmentCard
              key={booking.id}
              booking={booking}
              state={booking.state}
              timeZone={timeZone}
              clinicName={clinicName}
            >
              {hasSummary(booking.state, booking.modality) ? (
                <Link
                  href={`/sessions/${booking.id}/summary`}
                  className="mt-3 inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4"
                >
                  See the summary: what changed and what&apos;s next
                </Link>
              ) : null}
            </AppointmentCard>
          ))}
        </ul>
      )}
      {earlier.length > shown ? (
        <Button type="button" variant="secondary" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, earlier.length - shown)} more past sessions
        </Button>
      ) : earlier.length > 0 ? (
        <p className="text-sm text-stone-600">That&apos;s everything from the last two months.</p>
      ) : null}
    </section>
  );
}
