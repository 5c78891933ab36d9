"use client";

import { useQuery } from "@tanstack/react-query";

import { addDays, isCalendarDate, startOfLocalDay } from "@carryover/domain/scheduling";
import { Spinner } from "@carryover/ui";

import { useHourCycle } from "~/lib/hour-cycle.client";
import { clockTime, longDate } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** The therapist's open times for a session type on one local date, as buttons that pick a time. */
export function OpenTimes({
  therapistId,
  sessionTypeId,
  date,
  timeZone,
  selected,
  onPick,
}: {
  therapistId: string;
  sessionTypeId: string | null;
  date: string;
  timeZone: string;
  selected: Date | null;
  onPick: (start: Date) => void;
}) {
  const cycle = useHourCycle();
  const trpc = useTRPC();
  const ready = Boolean(sessionTypeId) && isCalendarDate(date);
  const slots = useQuery({
    ...trpc.availability.slots.queryOptions({
      therapistId,
      sessionTypeId: sessionTypeId ?? "",
      from: ready ? startOfLocalDay(date, timeZone) : new Date(0),
      to: ready ? startOfLocalDay(addDays(date, 1), timeZone) : new Date(1),
    }),
    enabled: ready,
  });
  if (!ready) return null;
  return (
    <section aria-label="Open times" className="flex flex-col gap-2">
      <p className="font-medium text-stone-900">Open times on {longDate(date)}</p>
      {slots.isPending ? (
        <Spinner label="Loading open times…" />
      ) : slots.isError ? (
        <p className="text-sm text-red-700">
          We couldn&apos;t load the open times: {describeError(slots.error).message} You can still
          type a time.
        </p>
      ) : slots.data.slots.length === 0 ? (
        <p className="text-sm text-stone-600">
          No open times on this date for this session type. Try another date, or change the
          therapist&apos;s hours in Availability.
        </p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {slots.data.slots.map((slot) => {
            const on = selected !== null && +selected === +slot.start;
            return (
              <li key={+slot.start}>
                <button
                  type="button"
                  aria-pressed={on}
                  onClick={() => onPick(slot.start)}
                  className={
                    on
                      ? "min-h-11 rounded-lg bg-brand-700 px-3 text-sm font-medium text-white"
                      : "min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium text-stone-900 hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
                  }
                >
                  {clockTime(slot.start, timeZone, cycle)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
